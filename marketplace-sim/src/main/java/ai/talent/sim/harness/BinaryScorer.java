package ai.talent.sim.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores probability predictions of a binary task: AUC, log-loss, Brier and ECE, and for knowledge tracing the
 * mean absolute error of mastery estimates (per item, the mean over its skills; NaN where a system gave none).
 */
final class BinaryScorer implements TaskScorer {

    static final List<String> SUCCESS_METRICS = List.of("auc", "logloss", "brier", "ece");
    static final List<String> TRACING_METRICS = List.of("auc", "mastery_mae");

    private final String task;
    private final List<String> metrics;
    private final List<Long> seeds = new ArrayList<>();
    private final List<boolean[]> labels = new ArrayList<>();
    private final List<String[]> groups = new ArrayList<>();
    private final Map<String, List<double[]>> predictions = new LinkedHashMap<>();
    private final Map<String, List<double[]>> masteryErrors = new LinkedHashMap<>();

    BinaryScorer(String task, List<String> metrics) {
        this.task = task;
        this.metrics = metrics;
    }

    void addSeed(long seed, boolean[] seedLabels, String[] seedGroups) {
        seeds.add(seed);
        labels.add(seedLabels);
        groups.add(seedGroups);
    }

    /** A system's probabilities for seed number {@code seed} (in item order), and its per-item mastery errors or null. */
    void predictions(String system, int seed, double[] p, double[] masteryError) {
        List<double[]> ps = predictions.computeIfAbsent(system, s -> new ArrayList<>());
        List<double[]> es = masteryErrors.computeIfAbsent(system, s -> new ArrayList<>());
        while (ps.size() <= seed) {
            ps.add(null);
            es.add(null);
        }
        ps.set(seed, p);
        es.set(seed, masteryError);
    }

    @Override
    public String task() {
        return task;
    }

    @Override
    public List<String> metrics() {
        return metrics;
    }

    @Override
    public boolean higherIsBetter(String metric) {
        return metric.equals("auc");
    }

    @Override
    public int seeds() {
        return seeds.size();
    }

    @Override
    public long seedValue(int seed) {
        return seeds.get(seed);
    }

    @Override
    public int items(int seed) {
        return labels.get(seed).length;
    }

    @Override
    public String group(int seed, int item) {
        return groups.get(seed)[item];
    }

    @Override
    public double[] compute(String system, int seed, int[] idx) {
        double[] all = predictions.get(system).get(seed);
        boolean[] y = labels.get(seed);
        double[] p = new double[idx.length];
        boolean[] l = new boolean[idx.length];
        for (int k = 0; k < idx.length; k++) {
            p[k] = all[idx[k]];
            l[k] = y[idx[k]];
        }
        double[] out = new double[metrics.size()];
        for (int m = 0; m < metrics.size(); m++) {
            out[m] = switch (metrics.get(m)) {
                case "auc" -> Metrics.auc(p, l);
                case "logloss" -> Metrics.logLoss(p, l);
                case "brier" -> Metrics.brier(p, l);
                case "ece" -> Metrics.ece(p, l);
                case "mastery_mae" -> meanOfDefined(masteryErrors.get(system).get(seed), idx);
                default -> throw new IllegalStateException("unknown metric " + metrics.get(m));
            };
        }
        return out;
    }

    private static double meanOfDefined(double[] values, int[] idx) {
        if (values == null) {
            return Double.NaN;
        }
        double sum = 0;
        int n = 0;
        for (int i : idx) {
            if (!Double.isNaN(values[i])) {
                sum += values[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
