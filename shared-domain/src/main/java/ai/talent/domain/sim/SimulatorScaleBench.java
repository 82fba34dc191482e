package ai.talent.domain.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code ./talent bench simulator}: writes N freelancers (default 1,000,000) and, as the reference, N/100,
 * into a temporary folder, and reports time per freelancer and peak heap for both: constant memory shows as a
 * heap ratio near 1, streaming as a time-per-freelancer ratio near 1. Run it with a small heap (e.g.
 * {@code -Xmx64m}) to prove the bound. Last line: one JSON object.
 */
public final class SimulatorScaleBench {

    private SimulatorScaleBench() {
    }

    public static void main(String[] args) throws IOException {
        CommandLine cli = new CommandLine(args, List.of("--freelancers", "--seed"), List.of(),
                "usage: SimulatorScaleBench [--freelancers N] [--seed S]");
        int n = cli.count("--freelancers", 1_000_000);
        long seed = cli.number("--seed", 42);
        run(Math.max(1, n / 100), seed + 1); // warm-up, so the reference is not dominated by JIT compilation
        double[] reference = run(Math.max(1, n / 100), seed);
        double[] full = run(n, seed);
        System.out.printf(Locale.ROOT, "reference: %,d freelancers, %.1f µs each, peak heap %.0f MB%n", n / 100,
                reference[0], reference[1]);
        long maxHeapMb = Runtime.getRuntime().maxMemory() >> 20;
        System.out.printf(Locale.ROOT, "full:      %,d freelancers, %.1f µs each, peak heap %.0f MB (max heap %d MB)%n",
                n, full[0], full[1], maxHeapMb);
        System.out.printf(Locale.ROOT, "{\"freelancers\":%d,\"us_per_freelancer\":%.2f,"
                + "\"reference_us_per_freelancer\":%.2f,\"time_ratio\":%.3f,\"peak_heap_mb\":%.1f,"
                + "\"reference_peak_heap_mb\":%.1f,\"heap_ratio\":%.3f,\"max_heap_mb\":%d}%n", n, full[0],
                reference[0], full[0] / reference[0], full[1], reference[1], full[1] / reference[1], maxHeapMb);
    }

    /** Returns {µs per freelancer, peak heap MB}. */
    private static double[] run(int freelancers, long seed) throws IOException {
        Path dir = Files.createTempDirectory("sim-bench");
        try {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            SimConfig config = SimConfig.of(freelancers, 0, 0, seed);
            MarketplaceSimulator simulator = new MarketplaceSimulator(config);
            long started = System.nanoTime();
            simulator.writeTo(dir, Progress.toStderr(simulator.workUnits()));
            double us = (System.nanoTime() - started) / 1e3 / freelancers;
            double peakMb = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0;
            return new double[] {us, peakMb};
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
