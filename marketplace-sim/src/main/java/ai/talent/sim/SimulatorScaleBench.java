package ai.talent.sim;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./talent bench simulator}: streams a whole marketplace — freelancers (each judged against the queries),
 * clients, projects with their hiring and contracts, learners with their attempts — through the simulator's
 * output path into a character counter (no disk), after a reference run of every count / 10 in the same JVM,
 * and reports time, entities per second, peak heap, heap retained after GC and peak RSS (the process's
 * high-water mark, {@code VmHWM} in {@code /proc/self/status}) for both. Both runs post projects at the same
 * rate ({@value #PROJECTS_PER_DAY} a day, so the history grows with the projects and the contracts in flight
 * do not). Constant memory shows as heap and RSS ratios near 1 under a small heap (the launcher uses
 * {@code -Xmx64m}); streaming as a time-per-entity ratio near 1. Last line: one JSON object.
 */
public final class SimulatorScaleBench {

    static final int PROJECTS_PER_DAY = 10;

    private static final String USAGE = """
            usage: ./talent bench simulator [--freelancers N] [--projects M] [--learners L] [--queries Q] [--seed S]
                                            [--quick]
              defaults: 1,000,000 freelancers, 50,000 projects, 50,000 learners, 20 queries, seed 42
              --quick: the full run only (no warm-up, no reference; every ratio is 1)""";

    private SimulatorScaleBench() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        CommandLine cli = new CommandLine(args, List.of("--freelancers", "--projects", "--learners", "--queries",
                "--seed"), List.of("--quick"), USAGE);
        SimConfig full = config(cli.count("--freelancers", 1_000_000), cli.count("--projects", 50_000),
                cli.count("--learners", 50_000), cli.count("--queries", 20), cli.number("--seed", 42));
        SimConfig reference = config(Math.max(1, full.freelancers() / 10), full.projects() / 10,
                full.learners() / 10, full.queries(), full.seed());
        Figures ref = null;
        if (!cli.has("--quick")) {
            // warm-up, so the reference is not dominated by JIT compilation
            run(config(Math.max(1, full.freelancers() / 100), full.projects() / 100, full.learners() / 100,
                    full.queries(), full.seed() + 1));
            ref = run(reference);
        }
        Figures big = run(full);
        if (ref == null) {
            ref = big; // --quick: no reference run, so every ratio is 1
        }
        long maxHeapMb = Runtime.getRuntime().maxMemory() >> 20;
        System.out.println("reference: " + ref.describe());
        System.out.println("full:      " + big.describe() + " (max heap " + maxHeapMb + " MB)");
        System.out.printf(Locale.ROOT, "{\"freelancers\":%d,\"projects\":%d,\"contracts\":%d,\"learners\":%d,"
                        + "\"attempts\":%d,\"queries\":%d,\"judgments\":%d,\"seconds\":%.2f,\"entities_per_s\":%.0f,"
                        + "\"json_mchars\":%.1f,\"peak_heap_mb\":%.1f,\"retained_heap_mb\":%.1f,\"peak_rss_mb\":%.1f,"
                        + "\"max_heap_mb\":%d,\"contracts_in_flight_max\":%d,\"freelancers_with_records\":%d,"
                        + "\"reference_entities\":%d,\"reference_entities_per_s\":%.0f,\"reference_peak_heap_mb\":%.1f,"
                        + "\"reference_retained_heap_mb\":%.1f,\"reference_peak_rss_mb\":%.1f,"
                        + "\"time_per_entity_ratio\":%.3f,\"peak_heap_ratio\":%.3f,\"peak_rss_ratio\":%.3f}%n",
                full.freelancers(), full.projects(), big.stats().count("contracts", 0), full.learners(),
                big.stats().count("attempts", 0), full.queries(), big.stats().count("judgments", 0), big.seconds(),
                big.perSecond(), big.jsonMchars(), big.peakHeapMb(), big.retainedHeapMb(), big.peakRssMb(), maxHeapMb,
                big.stats().maxInFlight(), big.stats().trackedFreelancers(), ref.entities(), ref.perSecond(),
                ref.peakHeapMb(), ref.retainedHeapMb(), ref.peakRssMb(), ref.perSecond() / big.perSecond(),
                big.peakHeapMb() / ref.peakHeapMb(), big.peakRssMb() / ref.peakRssMb());
    }

    /** A market of these sizes whose projects are posted at the bench's fixed rate. */
    static SimConfig config(int freelancers, int projects, int learners, int queries, long seed) {
        return SimConfig.of(freelancers, projects, learners, seed).withQueries(queries)
                .withHistoryDays(Math.max(1, projects / PROJECTS_PER_DAY));
    }

    private record Figures(long entities, double seconds, double jsonMchars, double peakHeapMb, double retainedHeapMb,
                           double peakRssMb, SimStats stats) {

        double perSecond() {
            return entities / seconds;
        }

        String describe() {
            return String.format(Locale.ROOT, "%,d entities (freelancers, clients, projects, learners, attempts,"
                    + " judgments) in %.1f s (%,.0f/s), %.1f M chars of JSON, peak heap %.0f MB, retained after GC"
                    + " %.1f MB, peak RSS %.0f MB, %,d contracts in flight at most", entities, seconds, perSecond(),
                    jsonMchars, peakHeapMb, retainedHeapMb, peakRssMb, stats.maxInFlight());
        }
    }

    private static Figures run(SimConfig config) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        MarketplaceSimulator simulator = new MarketplaceSimulator(config);
        CountingWriter sink = new CountingWriter();
        long started = System.nanoTime();
        SimStats stats = simulator.writeTo(file -> sink, Progress.toStderr(simulator.workUnits()));
        double seconds = (System.nanoTime() - started) / 1e9;
        double peakMb = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0;
        // Heap still held with the run's statistics alive: anything kept per entity would show here.
        System.gc();
        Runtime rt = Runtime.getRuntime();
        double retainedMb = (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
        if (stats.counts().isEmpty()) {
            throw new IllegalStateException("the simulator wrote nothing");
        }
        long entities = stats.count("freelancers", 0) + stats.count("clients", 0) + stats.count("projects", 0)
                + stats.count("learners", 0) + stats.count("attempts", 0) + stats.count("judgments", 0);
        return new Figures(entities, seconds, sink.chars() / 1e6, peakMb, retainedMb, peakRssMb(), stats);
    }

    /** The process's peak resident set (VmHWM), in MB; NaN where /proc is not available. */
    static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
