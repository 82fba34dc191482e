package ai.talent.nn.bench;

import ai.talent.nn.engine.NnEngine;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./talent bench nn}: runs the encoder, training and serving benchmarks in one process, prints
 * their readable lines, and ends with exactly one line holding every figure as a JSON object (also
 * written to {@code target/reports/bench-nn.json}). Options: {@code --quick} (short measurements, for
 * smoke runs), {@code --only encoder|training|serving}, {@code --report FILE}.
 */
public final class NnBench {

    static final Path DEFAULT_REPORT = Path.of("target/reports/bench-nn.json");
    static final List<String> AREAS = List.of("encoder", "training", "serving");
    static final String USAGE = "NnBench [--quick] [--only encoder|training|serving] [--report FILE]";

    /** One benchmark's entry point. */
    @FunctionalInterface
    interface Bench {
        LinkedHashMap<String, Object> run(String[] args) throws Exception;
    }

    private NnBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        String only = null;
        Path report = DEFAULT_REPORT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--only" -> only = value(args, ++i, "--only");
                case "--report" -> report = Path.of(value(args, ++i, "--report"));
                case "--help", "-h" -> {
                    System.out.println(USAGE);
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; usage: " + USAGE);
            }
        }
        if (only != null && !AREAS.contains(only)) {
            throw new IllegalArgumentException("--only takes one of " + AREAS + ", got '" + only + "'");
        }
        NnEngine.configureCurrentThread();
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String area : AREAS) {
            if (only == null || only.equals(area)) {
                System.out.println("== " + area + (quick ? " (quick)" : "") + " ==");
                figures.putAll(prefixed(area, bench(area).run(argsFor(area, quick))));
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("bench", "nn");
        result.put("quick", quick);
        result.put("engine", NnEngine.get().getEngineName() + " " + NnEngine.get().getVersion());
        result.put("intra_op_threads", NnEngine.intraOpThreads());
        result.put("figures", figures);
        String json = new ObjectMapper().writeValueAsString(result);
        write(report, json);
        System.out.println(json);
    }

    static Bench bench(String area) {
        return switch (area) {
            case "encoder" -> EncoderBench::run;
            case "training" -> TrainingBench::run;
            case "serving" -> ServingBench::run;
            default -> throw new IllegalArgumentException("no benchmark for area " + area);
        };
    }

    /** Each benchmark's own option for short measurements (they parse their arguments differently). */
    static String[] argsFor(String area, boolean quick) {
        if (!quick) {
            return new String[0];
        }
        return switch (area) {
            case "encoder" -> new String[] {"--seconds", "0.5"};
            case "training" -> new String[] {"--quick"};
            case "serving" -> new String[] {"--requests=60", "--warmup=20", "--rounds=1"};
            default -> throw new IllegalArgumentException("no benchmark for area " + area);
        };
    }

    /** Figure keys as {@code area.key}, unless the benchmark already named them so. */
    static Map<String, Object> prefixed(String area, Map<String, Object> figures) {
        Map<String, Object> out = new LinkedHashMap<>();
        figures.forEach((key, figure) -> out.put(key.startsWith(area + ".") ? key : area + "." + key, figure));
        return out;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value; usage: " + USAGE);
        }
        return args[i];
    }

    private static void write(Path report, String json) {
        try {
            Path parent = report.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(report, json + System.lineSeparator());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the benchmark report " + report + ": " + e.getMessage(), e);
        }
    }
}
