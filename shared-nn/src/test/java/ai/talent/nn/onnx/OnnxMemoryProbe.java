package ai.talent.nn.onnx;

import ai.talent.nn.text.TokenBatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Runs the MiniLM ONNX encoder on token batches of ever new shapes (batch 1-4, 4-128 tokens, as texts arrive at a
 * served encoder) and prints the growth of resident memory after a warm-up: {@code RSS_GROWTH_KB} every 200 runs
 * and at the end, and {@code SHAPES} (distinct shapes seen). Arguments: inferences, and the session's memory
 * options: {@code defaults} (per-shape memory patterns and the CPU arena, as served), {@code no-patterns} (the
 * arena only) or {@code no-arena} (neither). Run in a JVM with a fixed, pre-touched heap ({@code -Xms384m -Xmx384m
 * -XX:+AlwaysPreTouch}), so that RSS can only grow through native memory.
 */
public final class OnnxMemoryProbe {

    private OnnxMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        int inferences = Integer.parseInt(args[0]);
        String mode = args.length > 1 ? args[1] : "defaults";
        Random random = new Random(11);
        try (OnnxEncoder encoder = new OnnxEncoder(OnnxEncoder.template(), mode.equals("defaults"),
                !mode.equals("no-arena"))) {
            for (int i = 0; i < 50; i++) {
                encoder.embed(batch(random));
            }
            long before = rssKb();
            Set<String> shapes = new HashSet<>();
            for (int i = 0; i < inferences; i++) {
                TokenBatch b = batch(random);
                shapes.add(b.size() + "x" + b.length());
                encoder.embed(b);
                if ((i + 1) % 200 == 0) {
                    System.out.println("AFTER " + (i + 1) + " RSS_GROWTH_KB " + (rssKb() - before));
                }
            }
            System.out.println("RSS_GROWTH_KB " + (rssKb() - before));
            System.out.println("SHAPES " + shapes.size());
        }
    }

    private static TokenBatch batch(Random random) {
        int size = 1 + random.nextInt(4);
        int length = 4 + random.nextInt(125);
        long[][] ids = new long[size][length];
        long[][] types = new long[size][length];
        long[][] mask = new long[size][length];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < length; j++) {
                ids[i][j] = j == 0 ? 101 : j == length - 1 ? 102 : 1000 + random.nextInt(20_000);
                mask[i][j] = 1;
            }
        }
        return new TokenBatch(ids, types, mask);
    }

    static long rssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }
}
