package ai.talent.sim;

import ai.talent.sim.text.TextHalf;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./talent simulate parallel}: writes parallel marketplace text ({@link ParallelTexts}) as JSON lines
 * {@code {"kind": ..., "en": ..., "ko": ...}}, the format the bilingual encoder's {@code --parallel} reads.
 */
public final class ParallelCommand {

    static final String USAGE = """
            usage: ./talent simulate parallel [--pairs N] [--seed S] [--out FILE] [--text-half train|test|all]
              writes the same simulated content in English and in pure Korean, one JSON line per pair:
                {"kind": "freelancer-headline"|"bio-sentence"|"project-title"|"query", "en": ..., "ko": ...}
              kinds: freelancer headlines (30 %), a bio's introduction sentence (15 %), project titles (25 %),
                     recruiter queries (30 %); no typing slips or skill-name noise; the Korean side names the same
                     skills, domains, region and years as the English side
              defaults: 6000 pairs, seed 42, out target/sim/parallel.jsonl, the training half of the wording""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ParallelCommand() {
    }

    public static void main(String[] args) {
        CommandLine.main(args, "simulate parallel", USAGE, ParallelCommand::run);
    }

    static void run(String[] args) {
        CommandLine cli = new CommandLine(args, List.of("--pairs", "--seed", "--out", "--text-half"), List.of(), USAGE);
        int pairs = cli.count("--pairs", 6000);
        long seed = cli.number("--seed", 42);
        Path out = Path.of(cli.string("--out", "target/sim/parallel.jsonl"));
        TextHalf half = half(cli.string("--text-half", "train"));

        long started = System.nanoTime();
        ParallelTexts texts = new ParallelTexts(seed, half);
        Map<ParallelTexts.Kind, Integer> counts = new EnumMap<>(ParallelTexts.Kind.class);
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer writer = Files.newBufferedWriter(out)) {
                texts.write(pairs, pair -> {
                    counts.merge(pair.kind(), 1, Integer::sum);
                    try {
                        writer.write(line(pair));
                        writer.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("parallel.pairs", pairs);
        for (ParallelTexts.Kind kind : ParallelTexts.Kind.values()) {
            int n = counts.getOrDefault(kind, 0);
            long passed = texts.passedOver(kind);
            System.out.printf(Locale.ROOT, "%-20s %6d pairs (%d items passed over: no Korean rendering agreed)%n",
                    kind.key(), n, passed);
            figures.put("parallel." + kind.key() + ".pairs", n);
            figures.put("parallel." + kind.key() + ".passed_over", passed);
        }
        System.out.printf(Locale.ROOT, "wrote %s in %.1f s%n", out.toAbsolutePath(), seconds);
        System.out.println(json(figures));
    }

    static String line(ParallelTexts.Pair pair) {
        Map<String, String> line = new LinkedHashMap<>();
        line.put("kind", pair.kind().key());
        line.put("en", pair.en());
        line.put("ko", pair.ko());
        return json(line);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TextHalf half(String value) {
        try {
            return TextHalf.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--text-half must be train, test or all, was " + value);
        }
    }
}
