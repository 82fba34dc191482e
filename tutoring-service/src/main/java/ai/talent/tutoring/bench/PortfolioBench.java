package ai.talent.tutoring.bench;

import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.model.ContractOutcome;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.text.TextEncoder;
import ai.talent.nn.text.TextEncoderConfig;
import ai.talent.tutoring.portfolio.Portfolio;
import ai.talent.tutoring.portfolio.PortfolioBuilder;
import ai.talent.tutoring.portfolio.PortfolioComposer;
import ai.talent.tutoring.portfolio.PortfolioFormat;
import ai.talent.tutoring.portfolio.PortfolioLanguage;
import ai.talent.tutoring.portfolio.PortfolioRenderer;
import ai.talent.tutoring.portfolio.ProjectBrief;
import ai.talent.tutoring.portfolio.TemplateProse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Portfolio generation as {@code POST /v1/portfolios} does it after reading the state (selection with MiniLM
 * relevance and MMR, template writing, rendering), for a freelancer with a long work history, timed per call in
 * Korean and English, JSON and HTML, beside the bare encoder forward of one sentence measured in the same run.
 * Warm: the encoder's cache holds the project texts (they repeat across requests), the usual case. Cold: no cache,
 * every project text and the role embedded in the request, the worst case. {@code ./talent bench tutoring} runs it
 * (with the learning side's figures where that is merged: call {@link #run} with the same figures map).
 */
public final class PortfolioBench {

    private static final String[] ROLES = {"Data engineer building Spark pipelines", "React front-end developer",
        "Mobile app developer", "Backend engineer for payment APIs"};
    private static final String[] KINDS = {"dashboard", "data pipeline", "mobile app", "payment API", "search page",
        "recommendation model", "admin tool", "landing page"};

    static final String USAGE = """
            Usage: ./talent bench tutoring [--quick] [--iterations N] [--contracts N]
              portfolio generation (selection with MiniLM relevance and MMR, template writing, rendering) p50/p99 in
              Korean and English, JSON and HTML, for a freelancer with --contracts completed contracts (default 40),
              warm and cold encoder cache, each beside one bare MiniLM forward of one sentence in the same run; ends
              with one JSON line (also target/reports/bench-tutoring.json).
            """;

    private PortfolioBench() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = 400;
        int contracts = 40;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    System.out.print(USAGE);
                    return;
                }
                case "--quick" -> iterations = 100;
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--contracts" -> contracts = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("bench tutoring: unknown option '" + args[i] + "'");
                    System.err.print(USAGE);
                    System.exit(2);
                }
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        run(iterations, contracts, figures);
        String line = new ObjectMapper().writeValueAsString(figures);
        Path out = Path.of("target/reports/bench-tutoring.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line + "\n");
        System.out.println(line);
        System.exit(0);
    }

    /** Runs the benchmark and adds its figures (keys {@code portfolio.*}, {@code encoder.*}). */
    public static void run(int iterations, int contracts, Map<String, Object> figures) throws Exception {
        SkillTaxonomy taxonomy = SkillTaxonomy.standard();
        Material m = material(taxonomy, contracts, new Random(7));
        PortfolioRenderer renderer = new PortfolioRenderer();
        ObjectMapper json = new ObjectMapper();
        double sink = 0;
        try (TextEncoder cached = TextEncoder.miniLm(TextEncoderConfig.defaults().withMaxLength(128));
             TextEncoder uncached = TextEncoder.miniLm(TextEncoderConfig.defaults().withMaxLength(128)
                     .withCacheSize(0))) {
            // reference: one sentence through the bare encoder (no cache), distinct sentences
            int refRuns = Math.max(50, iterations / 4);
            double[] forward = new double[refRuns];
            for (int i = -10; i < refRuns; i++) {
                String sentence = "Senior " + KINDS[Math.floorMod(i, KINDS.length)] + " developer, request " + i;
                long t0 = System.nanoTime();
                sink += uncached.embed(List.of(sentence))[0][0];
                if (i >= 0) {
                    forward[i] = (System.nanoTime() - t0) / 1e6;
                }
            }
            double forwardP99 = percentile(forward, 0.99);
            System.out.printf(Locale.ROOT, "reference  MiniLM forward, one sentence (no cache): p50 %.2f ms, p99 %.2f ms%n",
                    percentile(forward, 0.5), forwardP99);
            figures.put("encoder.forward1.p50_ms", round(percentile(forward, 0.5)));
            figures.put("encoder.forward1.p99_ms", round(forwardP99));

            PortfolioBuilder warm = new PortfolioBuilder(taxonomy, PortfolioComposer.Limits.defaults(),
                    new TemplateProse(), cached::embed);
            for (PortfolioLanguage language : PortfolioLanguage.values()) {
                for (PortfolioFormat format : List.of(PortfolioFormat.JSON, PortfolioFormat.HTML)) {
                    double[] times = new double[iterations];
                    for (int i = -20; i < iterations; i++) {
                        String role = ROLES[Math.floorMod(i, ROLES.length)];
                        long t0 = System.nanoTime();
                        Portfolio p = warm.build(m.freelancer(), m.completed(), m.briefs()::get, language, role);
                        sink += format == PortfolioFormat.JSON ? json.writeValueAsBytes(p).length
                                : renderer.html(p).length();
                        if (i >= 0) {
                            times[i] = (System.nanoTime() - t0) / 1e6;
                        }
                    }
                    String key = "portfolio." + language.code() + "." + format.name().toLowerCase(Locale.ROOT);
                    double p99 = percentile(times, 0.99);
                    System.out.printf(Locale.ROOT, "portfolio  %s %-4s (%d contracts, warm cache): p50 %.2f ms, p99 %.2f ms"
                                    + " = %.2f× one encoder forward%n", language.code(),
                            format.name().toLowerCase(Locale.ROOT), contracts, percentile(times, 0.5), p99,
                            p99 / forwardP99);
                    figures.put(key + ".p50_ms", round(percentile(times, 0.5)));
                    figures.put(key + ".p99_ms", round(p99));
                    figures.put(key + ".p99_ratio_to_forward1", round(p99 / forwardP99));
                }
            }

            PortfolioBuilder cold = new PortfolioBuilder(taxonomy, PortfolioComposer.Limits.defaults(),
                    new TemplateProse(), uncached::embed);
            int coldRuns = Math.max(10, iterations / 20);
            double[] coldTimes = new double[coldRuns];
            for (int i = -2; i < coldRuns; i++) {
                long t0 = System.nanoTime();
                Portfolio p = cold.build(m.freelancer(), m.completed(), m.briefs()::get, PortfolioLanguage.KO,
                        ROLES[Math.floorMod(i, ROLES.length)] + " " + i);
                sink += renderer.html(p).length();
                if (i >= 0) {
                    coldTimes[i] = (System.nanoTime() - t0) / 1e6;
                }
            }
            double coldP99 = percentile(coldTimes, 0.99);
            int texts = Math.min(contracts, PortfolioComposer.Limits.defaults().candidates()) + 1;
            System.out.printf(Locale.ROOT, "portfolio  ko html cold (every text embedded: ~%d texts in batches): p50 %.1f ms,"
                    + " p99 %.1f ms = %.1f× one encoder forward%n", texts, percentile(coldTimes, 0.5), coldP99,
                    coldP99 / forwardP99);
            figures.put("portfolio.ko.html.cold.p99_ms", round(coldP99));
            figures.put("portfolio.ko.html.cold.p99_ratio_to_forward1", round(coldP99 / forwardP99));
            figures.put("portfolio.contracts", contracts);
        }
        if (sink == Double.MIN_VALUE) {
            System.out.println();
        }
    }

    /** A freelancer with {@code n} completed contracts over projects of mixed kinds and skills (fixed seed). */
    record Material(Freelancer freelancer, List<ContractCompleted> completed, Map<String, ProjectBrief> briefs) {
    }

    static Material material(SkillTaxonomy taxonomy, int n, Random random) {
        List<Skill> skills = taxonomy.all();
        List<SkillLevel> declared = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            declared.add(new SkillLevel(skills.get(random.nextInt(skills.size())).id(), 1 + random.nextInt(5),
                    random.nextInt(10)));
        }
        Freelancer f = new Freelancer("f-bench", "박서준", "풀스택 개발자", "웹과 데이터 프로젝트를 두루 맡아 왔습니다.",
                Language.KO, declared.stream().distinct().toList(), Money.krw(55_000), Region.SEOUL, true,
                List.of("ko"), 40, 4.4, n, n);
        List<ContractCompleted> completed = new ArrayList<>();
        Map<String, ProjectBrief> briefs = new HashMap<>();
        ContractOutcome[] outcomes = ContractOutcome.values();
        for (int i = 0; i < n; i++) {
            String kind = KINDS[random.nextInt(KINDS.length)];
            List<String> projectSkills = Arrays.asList(declared.get(random.nextInt(declared.size())).skillId(),
                    skills.get(random.nextInt(skills.size())).id());
            String id = "p-" + i;
            briefs.put(id, new ProjectBrief(id, "Project " + i + ": " + kind,
                    "Build a " + kind + " for client " + i + " with " + String.join(" and ", projectSkills) + ".",
                    projectSkills.stream().distinct().toList()));
            Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * i);
            int rating = 1 + random.nextInt(5);
            completed.add(new ContractCompleted("e-" + i, at, "c-" + i, id, f.id(), "client-" + i,
                    outcomes[random.nextInt(outcomes.length)], rating, at,
                    rating >= 4 ? "Great work on the " + kind + ". Clear communication and on time." : null));
        }
        return new Material(f, completed, briefs);
    }

    static double percentile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
