package ai.talent.sim.demo;

import ai.talent.sim.CommandLine;
import ai.talent.sim.LivePublisher;
import ai.talent.sim.Marketplace;
import ai.talent.sim.Progress;
import ai.talent.sim.SimConfig;
import ai.talent.sim.demo.SuiteClient.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * {@code ./talent demo}: fills the running suite with a simulated marketplace through Kafka, waits until the
 * services have taken it in, then walks through every job with the models' answers as the REST APIs give them:
 * a posted project's recommended freelancers with their predicted success and reasons, a Korean and an English
 * recruiter query with the intent the search parsed, a learner's mastery, next exercises and learning path, and a
 * freelancer's portfolio written to an HTML file.
 */
public final class DemoCommand {

    static final String USAGE = """
            usage: ./talent demo [--freelancers N] [--projects M] [--learners L] [--rate EVENTS_PER_S] [--seed S]
                                 [--project ID] [--learner ID] [--goal SKILL_OR_ROLE] [--query-ko Q] [--query-en Q]
                                 [--out DIR] [--settle SECONDS] [--no-publish]
              Publishes a simulated marketplace (defaults: 200 freelancers, 50 projects, 20 learners, seed 42, 200
              events/s) into the running suite's Kafka, then calls each service and shows its answers. --no-publish
              walks through what the suite already holds (a second run). Portfolios are written under --out
              (default .run/demo). --settle: how long to wait for the services to take the events in (default 600 s).
              The launcher passes --bootstrap and the services' URLs (--matching, --search, --success, --tutoring).""";

    private static final String KO_QUERY = "서울 React 개발자 5년 이상, 시급 5만원 이하";
    private static final String EN_QUERY = "senior Python data engineer in Busan, remote ok, under 60,000 KRW/h";
    private static final int RULE = 100;

    private final SuiteClient client = new SuiteClient();
    private final PrintStream out;
    private final Map<String, String> urls;

    DemoCommand(PrintStream out, Map<String, String> urls) {
        this.out = out;
        this.urls = urls;
    }

    public static void main(String[] args) {
        CommandLine.main(args, "demo", USAGE, DemoCommand::run);
    }

    private static void run(String[] args) {
        CommandLine cli = new CommandLine(args, List.of("--bootstrap", "--freelancers", "--projects", "--learners",
                "--rate", "--seed", "--project", "--learner", "--goal", "--query-ko", "--query-en", "--out", "--settle",
                "--matching", "--search", "--success", "--tutoring"), List.of("--no-publish"), USAGE);
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("matching-service", cli.string("--matching", "http://localhost:8081"));
        urls.put("search-service", cli.string("--search", "http://localhost:8082"));
        urls.put("success-predictor", cli.string("--success", "http://localhost:8083"));
        urls.put("tutoring-service", cli.string("--tutoring", "http://localhost:8084"));
        // The walkthrough prints Korean: UTF-8 whatever the platform's default console encoding is.
        PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        DemoCommand demo = new DemoCommand(console, urls);
        demo.requireReady();
        SimConfig config = SimConfig.of(cli.count("--freelancers", 200), cli.count("--projects", 50),
                cli.count("--learners", 20), cli.number("--seed", 42)).withAttemptsPerLearner(20);
        if (!cli.has("--no-publish")) {
            demo.publish(cli.string("--bootstrap", "localhost:9092"), config, cli.decimal("--rate", 200));
        }
        String project = cli.string("--project", "p-0");
        String learner = cli.string("--learner", "l-0");
        demo.settle(config, project, learner, cli.count("--settle", 600));
        List<String> recommended = demo.matching(project);
        demo.search("a Korean recruiter query", cli.string("--query-ko", KO_QUERY));
        demo.search("an English recruiter query", cli.string("--query-en", EN_QUERY));
        demo.tutoring(learner, cli.string("--goal", "react"));
        demo.portfolio(config, recommended, Path.of(cli.string("--out", ".run/demo")));
        demo.footer();
    }

    // ------------------------------------------------------------------ steps

    private void requireReady() {
        List<String> down = new ArrayList<>();
        urls.forEach((service, url) -> {
            if (client.get(url + "/q/health/ready").status() != 200) {
                down.add(service + " (" + url + ")");
            }
        });
        if (!down.isEmpty()) {
            System.err.println("demo: not running or not ready: " + String.join(", ", down) + "; ./talent up first");
            System.exit(1);
        }
    }

    private void publish(String bootstrap, SimConfig config, double rate) {
        section("1", "A simulated marketplace, published through Kafka as the platform would");
        out.printf(Locale.ROOT, "  %d freelancers, %d projects (posted, awarded, completed), %d learners answering "
                + "exercises, seed %d, into %s%n", config.freelancers(), config.projects(), config.learners(),
                config.seed(), bootstrap);
        long started = System.nanoTime();
        try (LivePublisher publisher = new LivePublisher(LivePublisher.kafkaProducer(bootstrap), rate, Long.MAX_VALUE)) {
            long n = publisher.replay(new Marketplace(config), Progress.toStderr(
                    (long) config.freelancers() + config.projects() + config.learners()));
            out.printf(Locale.ROOT, "  published %,d events in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
        }
    }

    /** Waits until the services have taken in what the walkthrough reads (each at its own pace). */
    private void settle(SimConfig config, String project, String learner, int seconds) {
        out.println();
        out.print("  waiting for the services to take the events in ");
        out.flush();
        long started = System.nanoTime();
        long deadline = started + seconds * 1_000_000_000L;
        String matching = urls.get("matching-service");
        String search = urls.get("search-service");
        String success = urls.get("success-predictor");
        String tutoring = urls.get("tutoring-service");
        Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
        checks.put("matching's freelancer catalog", () -> client.get(matching + "/q/health/ready").body()
                .contains("\"catalog freelancer-index\": \"following, " + config.freelancers() + " documents\""));
        checks.put("search's index", () -> client.get(search + "/v1/index").json().path("freelancers").asLong()
                >= config.freelancers());
        checks.put("success's predictions for " + project, () -> client.get(success + "/v1/projects/" + project
                + "/predictions").json().size() > 0);
        checks.put("tutoring's state of " + learner, () -> client.get(tutoring + "/v1/learners/" + learner
                + "/mastery").json().path("attempts").asInt() > 0);
        List<String> pending = new ArrayList<>(checks.keySet());
        long lastDot = System.nanoTime();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            pending.removeIf(name -> checks.get(name).getAsBoolean());
            if (pending.isEmpty()) {
                break;
            }
            if (System.nanoTime() - lastDot > 5_000_000_000L) {
                out.print(".");
                out.flush();
                lastDot = System.nanoTime();
            }
            sleep(1000);
        }
        out.printf(Locale.ROOT, " %.0f s%n", (System.nanoTime() - started) / 1e9);
        if (!pending.isEmpty()) {
            out.println("  (still settling after " + seconds + " s: " + String.join(", ", pending)
                    + "; the answers below show what they hold so far)");
        }
    }

    /** A posted project, its recommended freelancers, and each one's predicted success with reasons. */
    private List<String> matching(String projectId) {
        section("2", "Matching: a posted project → recommended freelancers, with their chance of success");
        String matching = urls.get("matching-service");
        Answer view = client.get(matching + "/v1/projects/" + projectId);
        if (!show(view, "GET /v1/projects/" + projectId)) {
            return List.of();
        }
        JsonNode p = view.json().path("project");
        out.println("  project " + projectId + ": " + p.path("title").asText());
        out.println("    needs     " + skills(p.path("requiredSkills")) + optional(p.path("niceToHaveSkills")));
        out.printf(Locale.ROOT, "    budget    %s KRW (%s), %d weeks, %s%s%n", money(p.path("budget").path("amount")),
                p.path("budgetType").asText().toLowerCase(Locale.ROOT), p.path("durationWeeks").asInt(),
                p.path("region").asText(), p.path("remote").asBoolean() ? ", remote ok" : "");
        out.println();
        Answer matches = client.get(matching + "/v1/projects/" + projectId + "/matches?limit=5");
        out.println("  GET " + matching + "/v1/projects/" + projectId + "/matches?limit=5   (ranker "
                + matches.json().path("modelVersion").asText() + ", encoder " + matches.json().path("encoder").asText()
                + ", " + matches.json().path("candidatesConsidered").asInt() + " candidates retrieved)");
        if (!show(matches, null)) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        List<Map<String, Object>> requests = new ArrayList<>();
        for (JsonNode m : matches.json().path("matches")) {
            ids.add(m.path("freelancerId").asText());
            requests.add(Map.of("projectId", projectId, "freelancerId", m.path("freelancerId").asText(),
                    "language", "ko"));
        }
        if (ids.isEmpty()) {
            out.println("  no freelancer recommended (the exposure cap or the hard filters left none)");
            return ids;
        }
        Answer predictions = client.post(urls.get("success-predictor") + "/v1/predictions/batch",
                Map.of("requests", requests, "reasons", true));
        ConsoleTable table = new ConsoleTable("#>", "freelancer", "name:14", "headline:40", "rate/h>", "match>",
                "P(success)>", "90% interval");
        int i = 0;
        for (JsonNode m : matches.json().path("matches")) {
            JsonNode f = client.get(matching + "/v1/freelancers/" + m.path("freelancerId").asText()).json();
            JsonNode s = predictions.json().path(i++);
            table.row(m.path("rank").asInt(), m.path("freelancerId").asText(), f.path("displayName").asText(),
                    f.path("headline").asText(), money(f.path("hourlyRate").path("amount")),
                    String.format(Locale.ROOT, "%.2f", m.path("score").asDouble()),
                    s.isMissingNode() ? "?" : String.format(Locale.ROOT, "%.2f", s.path("probability").asDouble()),
                    s.isMissingNode() ? "" : String.format(Locale.ROOT, "%.2f – %.2f",
                            s.path("interval").path("lower").asDouble(), s.path("interval").path("upper").asDouble()));
        }
        print(table);
        out.println();
        String successModel = predictions.json().path(0).path("modelVersion").asText();
        out.println("  success model " + successModel + " (POST /v1/predictions/batch, reasons in Korean)"
                + (successModel.startsWith("baseline") ? untrained("success") : ""));
        if (matches.json().path("modelVersion").asText().startsWith("default")) {
            out.println("  matching ranker " + matches.json().path("modelVersion").asText() + untrained("matching"));
        }
        i = 0;
        for (JsonNode m : matches.json().path("matches")) {
            JsonNode s = predictions.json().path(i++);
            if (i > 3) {
                break;
            }
            out.println("  why " + m.path("freelancerId").asText() + ":");
            for (JsonNode reason : m.path("explanation").path("reasons")) {
                out.println("    match    " + reason.asText());
            }
            int shown = 0;
            for (JsonNode reason : s.path("reasons")) {
                if (shown++ == 3) {
                    break;
                }
                out.println("    success  " + reason.path("text").asText());
            }
        }
        return ids;
    }

    /** A recruiter's query in plain language: the intent the search parsed from it, then the results. */
    private void search(String title, String query) {
        section("3", "Search: " + title);
        String url = urls.get("search-service") + "/v1/search?size=5&q=" + SuiteClient.encode(query);
        out.println("  query   " + query);
        Answer answer = client.get(url);
        if (!show(answer, "GET /v1/search?q=…")) {
            return;
        }
        JsonNode r = answer.json();
        JsonNode intent = r.path("intent");
        out.println("  parsed intent (GET /v1/search → intent):");
        ConsoleTable parsed = new ConsoleTable("kind", "value", "as written", "by");
        for (JsonNode c : intent.path("constraints")) {
            String written = intent.path("query").asText().substring(c.path("start").asInt(),
                    Math.min(c.path("end").asInt(), intent.path("query").asText().length()));
            parsed.row(c.path("kind").asText().toLowerCase(Locale.ROOT).replace('_', ' '), c.path("label").asText(),
                    "\"" + written + "\"", c.path("source").asText());
        }
        if (parsed.isEmpty()) {
            out.println("    (no constraint recognised)");
        } else {
            print(parsed, "    ");
        }
        out.println("    free text  \"" + intent.path("freeText").asText() + "\"");
        JsonNode fusion = r.path("fusion");
        out.printf(Locale.ROOT, "    fusion     %s query (%s): BM25 %.2f · dense %.2f · intent fit %.2f, encoder %s%n",
                intent.path("shape").path("script").asText(), fusion.path("shape").asText(),
                fusion.path("bm25Weight").asDouble(), fusion.path("denseWeight").asDouble(),
                fusion.path("fitWeight").asDouble(), fusion.path("encoder").asText());
        JsonNode index = client.get(urls.get("search-service") + "/v1/index").json();
        if (!index.path("readsHangul").asBoolean(true)) {
            out.println("    encoder    " + index.path("model").asText() + ", which reads no Hangul"
                    + untrained("encoder-bilingual"));
        }
        out.printf(Locale.ROOT, "  %d results (%s, %s back end), the first %d:%n", r.path("total").asLong(),
                r.path("mode").asText(), r.path("backend").asText(), r.path("hits").size());
        ConsoleTable hits = new ConsoleTable("#>", "freelancer", "name:14", "headline:38", "region", "rate/h>",
                "years>", "asked skills held", "constraints met>", "score>");
        int rank = 0;
        for (JsonNode h : r.path("hits")) {
            List<String> held = new ArrayList<>();
            for (JsonNode s : h.path("skills")) {
                if (s.path("matched").asBoolean()) {
                    held.add(s.path("name").asText() + " " + s.path("level").asInt() + "/5");
                }
            }
            int met = 0;
            int checks = 0;
            for (JsonNode c : h.path("constraints")) {
                checks++;
                if (c.path("met").asBoolean()) {
                    met++;
                }
            }
            hits.row(++rank, h.path("freelancerId").asText(), h.path("displayName").asText(),
                    h.path("headline").asText(), h.path("region").asText() + (h.path("remoteOk").asBoolean() ? "+remote" : ""),
                    money(h.path("hourlyRate")), String.format(Locale.ROOT, "%.1f", h.path("years").asDouble()),
                    held.isEmpty() ? "-" : String.join(", ", held), met + "/" + checks,
                    String.format(Locale.ROOT, "%.4f", h.path("score").asDouble()));
        }
        print(hits);
    }

    /** A learner's traced knowledge, the exercises to do next and a path towards a goal. */
    private void tutoring(String learnerId, String goal) {
        section("4", "Tutoring: learner " + learnerId + " → mastery, next exercises, a learning path");
        String tutoring = urls.get("tutoring-service") + "/v1/learners/" + learnerId;
        Answer mastery = client.get(tutoring + "/mastery");
        if (show(mastery, "GET /v1/learners/" + learnerId + "/mastery")) {
            JsonNode m = mastery.json();
            out.printf(Locale.ROOT, "  mastery after %d answers (model %s, %s)%s:%n", m.path("attempts").asInt(),
                    m.path("model").asText(), m.path("modelKind").asText(),
                    m.path("modelKind").asText().equals("bkt") ? untrained("kt") : "");
            ConsoleTable table = new ConsoleTable("skill", "mastery>", "", "answers>", "right>");
            for (JsonNode s : m.path("skills")) {
                double v = s.path("mastery").asDouble();
                table.row(s.path("skillId").asText(), String.format(Locale.ROOT, "%.2f", v), bar(v, 20),
                        s.path("attempts").asInt(), s.path("correct").asInt());
            }
            print(table);
        }
        Answer next = client.get(tutoring + "/next-exercises?limit=5");
        if (show(next, "GET /v1/learners/" + learnerId + "/next-exercises")) {
            JsonNode n = next.json();
            out.println();
            out.printf(Locale.ROOT, "  next exercises (predicted success in %.1f–%.1f, nearest the middle first):%n",
                    n.path("bandLow").asDouble(), n.path("bandHigh").asDouble());
            ConsoleTable table = new ConsoleTable("exercise", "skills", "P(correct)>");
            for (JsonNode e : n.path("exercises")) {
                List<String> skills = new ArrayList<>();
                e.path("skillIds").forEach(s -> skills.add(s.asText()));
                table.row(e.path("exerciseId").asText(), String.join(", ", skills),
                        String.format(Locale.ROOT, "%.2f", e.path("predictedSuccess").asDouble()));
            }
            if (table.isEmpty()) {
                out.println("    (none in the band yet)");
            } else {
                print(table);
            }
        }
        Answer path = client.get(tutoring + "/learning-path?goal=" + SuiteClient.encode(goal));
        if (show(path, "GET /v1/learners/" + learnerId + "/learning-path?goal=" + goal)) {
            JsonNode p = path.json();
            out.println();
            out.printf(Locale.ROOT, "  learning path towards \"%s\" (%s; demand from %d projects seen):%n", goal,
                    p.path("goalKind").asText(), p.path("projectsSeen").asInt());
            ConsoleTable table = new ConsoleTable("step>", "skill", "mastery>", "demand>", "exercises>", "why:70");
            int step = 0;
            for (JsonNode s : p.path("steps")) {
                table.row(++step, s.path("name").asText() + (s.path("goal").asBoolean() ? " (goal)" : ""),
                        String.format(Locale.ROOT, "%.2f", s.path("mastery").asDouble()),
                        String.format(Locale.ROOT, "%.2f", s.path("demand").asDouble()),
                        s.path("exerciseIds").size(), s.path("reason").asText());
            }
            print(table);
            List<String> mastered = new ArrayList<>();
            p.path("mastered").forEach(s -> mastered.add(s.path("name").asText(s.asText())));
            if (!mastered.isEmpty()) {
                out.println("    already mastered: " + String.join(", ", mastered));
            }
        }
    }

    /**
     * A portfolio of a freelancer with a completed contract (the first whose predicted project succeeded), else of
     * the first recommended one: its Korean text summarised here, Korean and English HTML written to files.
     */
    private void portfolio(SimConfig config, List<String> recommended, Path dir) {
        String freelancer = completedWork(config);
        if (freelancer == null && !recommended.isEmpty()) {
            freelancer = recommended.getFirst();
        }
        section("5", "Portfolio: a freelancer → a portfolio written from the profile and completed work");
        if (freelancer == null) {
            out.println("  no freelancer to write about yet");
            return;
        }
        String url = urls.get("tutoring-service") + "/v1/portfolios";
        Answer json = client.post(url, Map.of("freelancerId", freelancer, "language", "ko", "format", "json"));
        if (!show(json, "POST /v1/portfolios")) {
            return;
        }
        JsonNode p = json.json();
        out.println("  POST /v1/portfolios {\"freelancerId\":\"" + freelancer + "\",\"language\":\"ko\"} (written by "
                + p.path("writtenBy").asText() + ")");
        out.println("    " + p.path("headline").asText());
        for (String line : wrap(p.path("summary").asText(), RULE - 6)) {
            out.println("    " + line);
        }
        ConsoleTable skills = new ConsoleTable("skill", "evidence:70");
        for (JsonNode s : p.path("skills")) {
            skills.row(s.path("name").asText(), s.path("text").asText());
        }
        print(skills, "    ");
        out.printf(Locale.ROOT, "    %d case studies, %d pieces of client feedback%n", p.path("caseStudies").size(),
                p.path("feedback").size());
        try {
            Files.createDirectories(dir);
            for (String language : List.of("ko", "en")) {
                Answer html = client.post(url, Map.of("freelancerId", freelancer, "language", language, "format", "html"));
                if (html.ok()) {
                    Path file = dir.resolve("portfolio-" + freelancer + "-" + language + ".html").toAbsolutePath();
                    Files.writeString(file, html.body(), StandardCharsets.UTF_8);
                    out.println("  HTML (" + language + "): " + file);
                } else {
                    out.println("  HTML (" + language + "): HTTP " + html.status() + " " + html.body());
                }
            }
        } catch (IOException e) {
            out.println("  cannot write the portfolio under " + dir.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    private String completedWork(SimConfig config) {
        for (int i = 0; i < config.projects(); i++) {
            for (JsonNode p : client.get(urls.get("success-predictor") + "/v1/projects/p-" + i + "/predictions").json()) {
                if (p.path("succeeded").asBoolean()) {
                    return p.path("prediction").path("freelancerId").asText();
                }
            }
        }
        return null;
    }

    private void footer() {
        section("", "More");
        urls.forEach((service, url) -> out.printf("  %-18s %s/q/swagger-ui%n", service, url));
        out.println("  recruiter page     " + urls.get("search-service") + "/");
    }

    // ------------------------------------------------------------------ printing

    private void section(String number, String title) {
        out.println();
        String head = "── " + (number.isEmpty() ? "" : number + " · ") + title + " ";
        out.println(head + "─".repeat(Math.max(3, RULE - ConsoleTable.width(head))));
    }

    /** False (after saying why) when the call did not succeed. */
    private boolean show(Answer answer, String call) {
        if (answer.ok()) {
            return true;
        }
        out.println("  " + (call == null ? "" : call + ": ") + (answer.status() == 0 ? "" : "HTTP " + answer.status()
                + " ") + answer.json().path("detail").asText(answer.body()));
        return false;
    }

    private void print(ConsoleTable table) {
        print(table, "  ");
    }

    private void print(ConsoleTable table, String indent) {
        table.lines(indent).forEach(out::println);
    }

    /** Says that a fallback serves because the model was not trained on this machine, and how to train it. */
    private static String untrained(String model) {
        return " — the fallback: no trained model in the registry yet (./talent train " + model + ")";
    }

    private static String skills(JsonNode needs) {
        List<String> names = new ArrayList<>();
        needs.forEach(n -> names.add(n.path("skillId").asText() + " ≥" + n.path("minLevel").asInt()));
        return names.isEmpty() ? "-" : String.join(", ", names);
    }

    private static String optional(JsonNode needs) {
        return needs.isEmpty() ? "" : "; nice to have " + skills(needs);
    }

    private static String money(JsonNode amount) {
        return amount.isMissingNode() || amount.isNull() ? "-" : String.format(Locale.ROOT, "%,d", amount.asLong());
    }

    private static String bar(double value, int cells) {
        int filled = (int) Math.round(Math.max(0, Math.min(1, value)) * cells);
        return "█".repeat(filled) + "░".repeat(cells - filled);
    }

    /** Lines of at most {@code cells} terminal cells, broken at spaces. */
    static List<String> wrap(String text, int cells) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!line.isEmpty() && ConsoleTable.width(line + " " + word) > cells) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
