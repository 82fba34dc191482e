package ai.talent.sim.harness;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * One task's scores: for every system (the references random, rule, logistic, the oracle, and any model) and
 * every group (all items, then each text language), each metric as an {@link Estimate}, and the share of the
 * headroom closed on the primary metric, (system − logistic) / (oracle − logistic), bootstrapped with it.
 */
public final class TaskReport {

    public static final String ALL = "all";
    public static final String RANDOM = "random";
    public static final String RULE = "rule";
    public static final String LOGISTIC = "logistic";
    public static final String ORACLE = "oracle";

    private final String task;
    private final List<String> metrics;
    private final List<String> groups;
    private final Map<String, Map<String, Map<String, Estimate>>> scores = new LinkedHashMap<>();
    private final Map<String, Map<String, Estimate>> headroom = new LinkedHashMap<>();
    private final Map<String, Integer> groupItems = new LinkedHashMap<>();
    private final List<Long> seeds = new ArrayList<>();

    private TaskReport(String task, List<String> metrics, List<String> groups) {
        this.task = task;
        this.metrics = List.copyOf(metrics);
        this.groups = List.copyOf(groups);
    }

    public String task() {
        return task;
    }

    public List<String> metrics() {
        return metrics;
    }

    public List<String> groups() {
        return groups;
    }

    public List<String> systems() {
        return List.copyOf(scores.keySet());
    }

    public Estimate get(String system, String group, String metric) {
        return scores.get(system).get(group).get(metric);
    }

    /** The primary metric of a system on all items. */
    public Estimate primary(String system) {
        return get(system, ALL, metrics.get(0));
    }

    /** Share of the headroom over the logistic regression a system closes (on all items, primary metric). */
    public Estimate headroomClosed(String system) {
        return headroom.get(system).get(ALL);
    }

    public Estimate headroomClosed(String system, String group) {
        return headroom.get(system).get(group);
    }

    public int items(String group) {
        return groupItems.getOrDefault(group, 0);
    }

    /** Scores the systems with {@code bootstrap} resamples (seeded, so a report is reproducible). */
    static TaskReport score(TaskScorer scorer, List<String> systems, int bootstrap, long seed) {
        TreeSet<String> distinct = new TreeSet<>();
        for (int s = 0; s < scorer.seeds(); s++) {
            for (int i = 0; i < scorer.items(s); i++) {
                distinct.add(scorer.group(s, i));
            }
        }
        distinct.remove(ALL);
        List<String> groups = new ArrayList<>();
        groups.add(ALL);
        groups.addAll(distinct);
        TaskReport report = new TaskReport(scorer.task(), scorer.metrics(), groups);
        for (int s = 0; s < scorer.seeds(); s++) {
            report.seeds.add(scorer.seedValue(s));
        }
        for (String system : systems) {
            report.scores.put(system, new LinkedHashMap<>());
            report.headroom.put(system, new LinkedHashMap<>());
        }
        int m = scorer.metrics().size();
        for (String group : groups) {
            int[][] idx = new int[scorer.seeds()][];
            int total = 0;
            for (int s = 0; s < scorer.seeds(); s++) {
                List<Integer> in = new ArrayList<>();
                for (int i = 0; i < scorer.items(s); i++) {
                    if (group.equals(ALL) || scorer.group(s, i).equals(group)) {
                        in.add(i);
                    }
                }
                idx[s] = in.stream().mapToInt(Integer::intValue).toArray();
                total += idx[s].length;
            }
            report.groupItems.put(group, total);
            // Point estimates: each seed's metric on all its items, averaged over the seeds.
            Map<String, double[][]> perSeed = new LinkedHashMap<>();
            for (String system : systems) {
                double[][] values = new double[scorer.seeds()][];
                for (int s = 0; s < scorer.seeds(); s++) {
                    values[s] = idx[s].length == 0 ? nan(m) : scorer.compute(system, s, idx[s]);
                }
                perSeed.put(system, values);
            }
            // Bootstrap: resample each seed's items, average the seeds' metrics; the same resample for every system.
            Map<String, double[][]> boot = new LinkedHashMap<>();
            systems.forEach(sys -> boot.put(sys, new double[m][bootstrap]));
            SplittableRandom rng = new SplittableRandom(seed ^ group.hashCode());
            for (int b = 0; b < bootstrap; b++) {
                int[][] sample = new int[scorer.seeds()][];
                for (int s = 0; s < scorer.seeds(); s++) {
                    sample[s] = new int[idx[s].length];
                    for (int k = 0; k < sample[s].length; k++) {
                        sample[s][k] = idx[s][rng.nextInt(idx[s].length)];
                    }
                }
                for (String system : systems) {
                    double[][] values = new double[scorer.seeds()][];
                    for (int s = 0; s < scorer.seeds(); s++) {
                        values[s] = sample[s].length == 0 ? nan(m) : scorer.compute(system, s, sample[s]);
                    }
                    double[] mean = meanOverSeeds(values, m);
                    for (int k = 0; k < m; k++) {
                        boot.get(system)[k][b] = mean[k];
                    }
                }
            }
            for (String system : systems) {
                Map<String, Estimate> byMetric = new LinkedHashMap<>();
                double[] point = meanOverSeeds(perSeed.get(system), m);
                for (int k = 0; k < m; k++) {
                    double[] seedValues = new double[scorer.seeds()];
                    for (int s = 0; s < scorer.seeds(); s++) {
                        seedValues[s] = perSeed.get(system)[s][k];
                    }
                    byMetric.put(scorer.metrics().get(k), new Estimate(point[k], percentile(boot.get(system)[k], 0.025),
                            percentile(boot.get(system)[k], 0.975), std(seedValues)));
                }
                report.scores.get(system).put(group, byMetric);
            }
            if (systems.contains(LOGISTIC) && systems.contains(ORACLE)) {
                double[] lr = boot.get(LOGISTIC)[0];
                double[] oracle = boot.get(ORACLE)[0];
                double lrPoint = report.scores.get(LOGISTIC).get(group).get(scorer.metrics().get(0)).value();
                double oraclePoint = report.scores.get(ORACLE).get(group).get(scorer.metrics().get(0)).value();
                for (String system : systems) {
                    double[] values = boot.get(system)[0];
                    double[] closed = new double[bootstrap];
                    for (int b = 0; b < bootstrap; b++) {
                        closed[b] = (values[b] - lr[b]) / (oracle[b] - lr[b]);
                    }
                    double point = (report.scores.get(system).get(group).get(scorer.metrics().get(0)).value() - lrPoint)
                            / (oraclePoint - lrPoint);
                    report.headroom.get(system).put(group,
                            new Estimate(point, percentile(closed, 0.025), percentile(closed, 0.975), Double.NaN));
                }
            }
        }
        return report;
    }

    private static double[] nan(int m) {
        double[] v = new double[m];
        java.util.Arrays.fill(v, Double.NaN);
        return v;
    }

    private static double[] meanOverSeeds(double[][] values, int m) {
        double[] mean = new double[m];
        for (int k = 0; k < m; k++) {
            double sum = 0;
            int n = 0;
            for (double[] seedValues : values) {
                if (!Double.isNaN(seedValues[k])) {
                    sum += seedValues[k];
                    n++;
                }
            }
            mean[k] = n == 0 ? Double.NaN : sum / n;
        }
        return mean;
    }

    private static double percentile(double[] values, double q) {
        double[] finite = java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v) && !Double.isInfinite(v))
                .sorted().toArray();
        if (finite.length == 0) {
            return Double.NaN;
        }
        double pos = q * (finite.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(finite.length - 1, lo + 1);
        return finite[lo] + (pos - lo) * (finite[hi] - finite[lo]);
    }

    private static double std(double[] values) {
        double[] finite = java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        if (finite.length < 2) {
            return Double.NaN;
        }
        double mean = java.util.Arrays.stream(finite).average().orElse(0);
        double ss = 0;
        for (double v : finite) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (finite.length - 1));
    }

    /** The table for a person: one block per group, a row per system, the metrics and the headroom closed. */
    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "== %s — test seeds %s; mean over seeds [95%% bootstrap interval]%n", task, seeds);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-8s %-10s", "group", "system"));
        for (String metric : metrics) {
            header.append(String.format(Locale.ROOT, " %-24s", metric));
        }
        header.append(" headroom closed");
        out.println(header);
        for (String group : groups) {
            for (String system : scores.keySet()) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-8s %-10s",
                        group.equals(ALL) ? "all(" + items(group) + ")" : group, system));
                for (String metric : metrics) {
                    row.append(String.format(Locale.ROOT, " %-24s", get(system, group, metric).describe()));
                }
                Estimate h = headroom.get(system).get(group);
                row.append(' ').append(h == null ? "" : h.describe());
                out.println(row.toString().stripTrailing());
            }
        }
    }

    /**
     * Figures for the JSON line, keyed system.task.metric (all items; each language for the primary metric,
     * as system.task.LANG.metric), with .lo, .hi and .std beside them and system.task.headroom_closed.
     */
    public Map<String, Double> figures() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String system : scores.keySet()) {
            for (String group : groups) {
                for (String metric : group.equals(ALL) ? metrics : List.of(metrics.get(0))) {
                    Estimate e = get(system, group, metric);
                    String key = system + "." + task + "." + (group.equals(ALL) ? "" : group.toLowerCase(Locale.ROOT)
                            + ".") + metric;
                    out.put(key, e.value());
                    out.put(key + ".lo", e.low());
                    out.put(key + ".hi", e.high());
                    out.put(key + ".std", e.seedStd());
                }
            }
            Estimate h = headroom.get(system).get(ALL);
            if (h != null && !system.equals(LOGISTIC) && !system.equals(ORACLE)) {
                out.put(system + "." + task + ".headroom_closed", h.value());
                out.put(system + "." + task + ".headroom_closed.lo", h.low());
                out.put(system + "." + task + ".headroom_closed.hi", h.high());
            }
        }
        return out;
    }
}
