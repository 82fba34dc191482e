package ai.talent.sim.harness;

import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.sim.Mechanisms;
import ai.talent.sim.SimConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./talent eval simulator}: builds the scoring harness and prints, per task and per text language, the
 * references (random, one-feature rule, structured-only logistic regression), the oracle and the bag-of-words
 * logistic regression over the texts, each with a bootstrap interval over the test seeds and the share of the
 * headroom closed; then the simulator's aims (a realistic oracle, clear headroom, text that pays). The full
 * report goes to {@code target/reports/simulator/eval.txt}; the last line is one JSON object of the figures.
 */
public final class EvalSimulatorCommand {

    static final String USAGE = """
            usage: ./talent eval simulator [--freelancers N] [--projects M] [--learners L] [--queries Q]
                                           [--train-seeds S,S,...] [--test-seeds S,S,...] [--bootstrap B]
                                           [--threads T] [--mechanisms NAME=STRENGTH,...] [--report-dir DIR]
              defaults: markets of 2,500 freelancers, 2,500 projects, 400 learners and 60 queries; training seeds
                        101,102,103 (training half of the wording), test seeds 201,202,203 (test half); 200
                        bootstrap resamples; 2 threads; every mechanism at strength 1; report dir
                        target/reports/simulator""";

    /** The simulator's aims: a realistic oracle with clear headroom over the structured-only regression. */
    static final double SUCCESS_ORACLE_MIN = 0.80;
    static final double SUCCESS_ORACLE_MAX = 0.92;
    static final double SUCCESS_HEADROOM_MIN = 0.05;
    static final double APPLICANTS_HEADROOM_MIN = 0.10;
    static final double TRACING_HEADROOM_MIN = 0.03;

    private EvalSimulatorCommand() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        try {
            run(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("eval simulator: " + e.getMessage());
            System.exit(2);
        }
    }

    static void run(String[] args, PrintStream console) {
        Options o = Options.parse(args);
        long started = System.nanoTime();
        HarnessConfig defaults = HarnessConfig.defaults();
        HarnessConfig config = new HarnessConfig(o.list("--train-seeds", defaults.trainSeeds()),
                o.list("--test-seeds", defaults.testSeeds()),
                SimConfig.of(o.count("--freelancers", 2500), o.count("--projects", 2500), o.count("--learners", 400), 0)
                        .withQueries(o.count("--queries", 60))
                        .withMechanisms(Mechanisms.defaults().parse(o.string("--mechanisms", ""))),
                defaults.trainShare(), o.count("--bootstrap", defaults.bootstrap()), defaults.bootstrapSeed());
        ScoringHarness harness = ScoringHarness.build(config, o.count("--threads", 2),
                seed -> System.err.printf(Locale.ROOT, "eval simulator: simulated seed %d (%.0f s)%n", seed,
                        (System.nanoTime() - started) / 1e9));

        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(new TeeStream(console, buffer), true, StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "== scoring harness: training seeds %s (training half of the wording), test seeds %s"
                        + " (test half); each market %,d freelancers, %,d projects, %,d learners, %,d queries;"
                        + " time split %.0f/%.0f; %d bootstrap resamples%n", config.trainSeeds(), config.testSeeds(),
                config.market().freelancers(), config.market().projects(), config.market().learners(),
                config.market().queries(), 100 * config.trainShare(), 100 * (1 - config.trainShare()),
                config.bootstrap());
        out.printf(Locale.ROOT, "training data: %,d contracts, %,d projects with a hire, %,d queries, %,d learners;"
                        + " test items: %,d contracts, %,d projects, %,d queries, %,d attempts%n",
                harness.success().train().size(), harness.applicants().train().size(),
                harness.search().train().stream().mapToInt(s -> s.examples().size()).sum(),
                harness.tracing().train().size(),
                harness.success().tests().stream().mapToInt(t -> t.items().size()).sum(),
                harness.applicants().tests().stream().mapToInt(t -> t.items().size()).sum(),
                harness.search().tests().stream().mapToInt(t -> t.items().size()).sum(),
                harness.tracing().testItems());

        BagOfWordsModel bow = new BagOfWordsModel(SkillTaxonomy.standard(), config.bootstrapSeed());
        List<TaskReport> reports = new ArrayList<>();
        if (!harness.success().tests().stream().allMatch(t -> t.items().isEmpty())) {
            reports.add(harness.success().report(Map.of(BagOfWordsModel.NAME, bow.success(harness.success()))));
            reports.add(harness.applicants().report(Map.of(BagOfWordsModel.NAME, bow.applicants(harness.applicants()))));
        }
        if (config.market().queries() > 0) {
            reports.add(harness.search().report(Map.of(BagOfWordsModel.NAME, bow.search(harness.search()))));
        }
        if (config.market().learners() > 0) {
            reports.add(harness.tracing().report(Map.of()));
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        for (TaskReport r : reports) {
            out.println();
            r.print(out);
            figures.putAll(r.figures());
        }
        out.println();
        out.println("== aims");
        aims(reports, figures, out);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "evaluated in %.0f s%n", seconds);
        figures.put("seconds", seconds);

        Path dir = Path.of(o.string("--report-dir", "target/reports/simulator"));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("eval.txt"), buffer.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report under " + dir + ": " + e.getMessage(), e);
        }
        console.println("report " + dir.resolve("eval.txt").toAbsolutePath());
        console.println(json(figures));
    }

    private static void aims(List<TaskReport> reports, Map<String, Double> figures, PrintStream out) {
        for (TaskReport r : reports) {
            double oracle = r.primary(TaskReport.ORACLE).value();
            double logistic = r.primary(TaskReport.LOGISTIC).value();
            String metric = r.metrics().get(0);
            figures.put("headroom." + r.task() + "." + metric, oracle - logistic);
            double min = switch (r.task()) {
                case "success" -> SUCCESS_HEADROOM_MIN;
                case "applicants" -> APPLICANTS_HEADROOM_MIN;
                case "tracing" -> TRACING_HEADROOM_MIN;
                default -> Double.NaN;
            };
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "%-10s oracle %s %.3f, logistic %.3f: headroom %.3f", r.task(), metric, oracle, logistic,
                    oracle - logistic));
            if (!Double.isNaN(min)) {
                line.append(String.format(Locale.ROOT, " (aim ≥ %.2f: %s)", min, oracle - logistic >= min ? "met" : "NOT met"));
            }
            if (r.task().equals("success")) {
                boolean realistic = oracle >= SUCCESS_ORACLE_MIN && oracle <= SUCCESS_ORACLE_MAX;
                line.append(String.format(Locale.ROOT, "; oracle within %.2f–%.2f: %s", SUCCESS_ORACLE_MIN,
                        SUCCESS_ORACLE_MAX, realistic ? "met" : "NOT met"));
            }
            if (r.systems().contains(BagOfWordsModel.NAME)) {
                Estimate closed = r.headroomClosed(BagOfWordsModel.NAME);
                line.append(String.format(Locale.ROOT, "; bag of words closes %s of it", closed.describe()));
            }
            out.println(line);
        }
    }

    static String json(Map<String, Double> figures) {
        StringBuilder sb = new StringBuilder("{");
        figures.forEach((k, v) -> {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(k).append("\":")
                    .append(Double.isNaN(v) || Double.isInfinite(v) ? "null" : String.format(Locale.ROOT, "%.4f", v));
        });
        return sb.append('}').toString();
    }

    /** Writes to the console and keeps a copy for the report file. */
    private static final class TeeStream extends java.io.OutputStream {
        private final PrintStream console;
        private final ByteArrayOutputStream copy;

        TeeStream(PrintStream console, ByteArrayOutputStream copy) {
            this.console = console;
            this.copy = copy;
        }

        @Override
        public void write(int b) {
            console.write(b);
            copy.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            console.write(b, off, len);
            copy.write(b, off, len);
        }

        @Override
        public void flush() {
            console.flush();
        }
    }

    /** {@code --name value} options, rejecting unknown ones with the usage. */
    private record Options(Map<String, String> values) {

        private static final List<String> KNOWN = List.of("--freelancers", "--projects", "--learners", "--queries",
                "--train-seeds", "--test-seeds", "--bootstrap", "--threads", "--mechanisms", "--report-dir");

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!KNOWN.contains(args[i])) {
                    throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value\n" + USAGE);
                }
                values.put(args[i], args[++i]);
            }
            return new Options(values);
        }

        String string(String name, String orElse) {
            return values.getOrDefault(name, orElse);
        }

        int count(String name, int orElse) {
            String v = values.get(name);
            if (v == null) {
                return orElse;
            }
            try {
                int n = Integer.parseInt(v.replace("_", "").replace(",", ""));
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number ≥ 0, was " + v);
            }
        }

        List<Long> list(String name, List<Long> orElse) {
            String v = values.get(name);
            if (v == null) {
                return orElse;
            }
            List<Long> out = new ArrayList<>();
            for (String part : v.split(",")) {
                try {
                    out.add(Long.parseLong(part.strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + " must be comma-separated seeds, was " + v);
                }
            }
            return out;
        }
    }
}
