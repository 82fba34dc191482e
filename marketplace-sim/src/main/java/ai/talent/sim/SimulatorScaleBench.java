package ai.talent.sim;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./talent bench simulator [--freelancers N]}: streams N freelancers (default 1,000,000) through the
 * simulator's output path into a character counter (no disk), after a reference run of N/100 in the same JVM,
 * and reports time, freelancers per second, peak heap and heap retained after GC for both. Constant memory shows
 * as a heap ratio near 1 under a small heap (the launcher uses {@code -Xmx64m}); streaming as a time ratio
 * near 1. Last line: one JSON object.
 */
public final class SimulatorScaleBench {

    private SimulatorScaleBench() {
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(args, List.of("--freelancers", "--seed"), List.of(),
                "usage: SimulatorScaleBench [--freelancers N] [--seed S]");
        int n = cli.count("--freelancers", 1_000_000);
        long seed = cli.number("--seed", 42);
        int referenceN = Math.max(1, n / 100);
        run(referenceN, seed + 1); // warm-up, so the reference is not dominated by JIT compilation
        Figures reference = run(referenceN, seed);
        Figures full = run(n, seed);
        long maxHeapMb = Runtime.getRuntime().maxMemory() >> 20;
        System.out.println("reference: " + reference.describe());
        System.out.println("full:      " + full.describe() + " (max heap " + maxHeapMb + " MB)");
        System.out.printf(Locale.ROOT, "{\"freelancers\":%d,\"seconds\":%.2f,\"freelancers_per_s\":%.0f,"
                        + "\"json_mchars\":%.1f,\"peak_heap_mb\":%.1f,\"retained_heap_mb\":%.1f,\"max_heap_mb\":%d,"
                        + "\"reference_freelancers\":%d,\"reference_freelancers_per_s\":%.0f,"
                        + "\"reference_peak_heap_mb\":%.1f,\"reference_retained_heap_mb\":%.1f,"
                        + "\"time_per_freelancer_ratio\":%.3f,\"peak_heap_ratio\":%.3f}%n",
                n, full.seconds(), full.perSecond(), full.jsonMchars(), full.peakHeapMb(), full.retainedHeapMb(),
                maxHeapMb, referenceN, reference.perSecond(), reference.peakHeapMb(), reference.retainedHeapMb(),
                reference.perSecond() / full.perSecond(), full.peakHeapMb() / reference.peakHeapMb());
    }

    private record Figures(int freelancers, double seconds, double jsonMchars, double peakHeapMb,
                           double retainedHeapMb) {

        double perSecond() {
            return freelancers / seconds;
        }

        String describe() {
            return String.format(Locale.ROOT, "%,d freelancers in %.1f s (%,.0f/s), %.1f M chars of JSON,"
                    + " peak heap %.0f MB, retained after GC %.1f MB", freelancers, seconds, perSecond(), jsonMchars,
                    peakHeapMb, retainedHeapMb);
        }
    }

    private static Figures run(int freelancers, long seed) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        MarketplaceSimulator simulator = new MarketplaceSimulator(SimConfig.of(freelancers, 0, 0, seed));
        CountingWriter sink = new CountingWriter();
        long started = System.nanoTime();
        SimStats stats = simulator.writeTo(file -> sink, Progress.toStderr(simulator.workUnits()));
        double seconds = (System.nanoTime() - started) / 1e9;
        double peakMb = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0;
        // Heap still held with the run's statistics alive: anything kept per freelancer would show here.
        System.gc();
        Runtime rt = Runtime.getRuntime();
        double retainedMb = (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
        if (stats.counts().isEmpty()) {
            throw new IllegalStateException("the simulator wrote nothing");
        }
        return new Figures(freelancers, seconds, sink.chars() / 1e6, peakMb, retainedMb);
    }
}
