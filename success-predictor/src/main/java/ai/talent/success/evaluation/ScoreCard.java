package ai.talent.success.evaluation;

import ai.talent.nn.eval.BinaryMetrics;
import ai.talent.nn.eval.Calibration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleBiFunction;

/**
 * A model's probabilities on a test set scored by ROC-AUC, log-loss, Brier, ECE and accuracy at 0.5, each with
 * the standard deviation and 95 % interval of the nonparametric bootstrap over test items (the same resamples
 * for every model scored with the same seed, so models are compared on equal draws).
 */
public record ScoreCard(String model, Map<String, Spread> metrics) {

    public static final int RESAMPLES = 1_000;

    /** A figure on the whole test set with its bootstrap spread. */
    public record Spread(double value, double std, double low, double high) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.4f ± %.4f", value, std);
        }
    }

    public static ScoreCard of(String model, double[] p, int[] y, long seed) {
        Map<String, ToDoubleBiFunction<double[], int[]>> metrics = new LinkedHashMap<>();
        metrics.put("auc", BinaryMetrics::rocAuc);
        metrics.put("logloss", BinaryMetrics::logLoss);
        metrics.put("brier", BinaryMetrics::brier);
        metrics.put("ece", (a, b) -> Calibration.expectedCalibrationError(a, b, Calibration.DEFAULT_BINS));
        metrics.put("accuracy", ScoreCard::accuracy);
        Map<String, double[]> draws = new LinkedHashMap<>();
        metrics.keySet().forEach(k -> draws.put(k, new double[RESAMPLES]));
        SplittableRandom random = new SplittableRandom(seed);
        int n = y.length;
        double[] ps = new double[n];
        int[] ys = new int[n];
        for (int r = 0; r < RESAMPLES; r++) {
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(n);
                ps[i] = p[k];
                ys[i] = y[k];
            }
            for (var e : metrics.entrySet()) {
                draws.get(e.getKey())[r] = e.getValue().applyAsDouble(ps, ys);
            }
        }
        Map<String, Spread> out = new LinkedHashMap<>();
        for (var e : metrics.entrySet()) {
            double[] d = draws.get(e.getKey());
            Arrays.sort(d);
            double mean = Arrays.stream(d).average().orElseThrow();
            double std = Math.sqrt(Arrays.stream(d).map(v -> (v - mean) * (v - mean)).sum() / (d.length - 1));
            out.put(e.getKey(), new Spread(e.getValue().applyAsDouble(p, y), std, d[(int) (0.025 * RESAMPLES)],
                    d[(int) Math.ceil(0.975 * RESAMPLES) - 1]));
        }
        return new ScoreCard(model, out);
    }

    public double value(String metric) {
        return metrics.get(metric).value();
    }

    static double accuracy(double[] p, int[] y) {
        int right = 0;
        for (int i = 0; i < y.length; i++) {
            right += (p[i] >= 0.5 ? 1 : 0) == y[i] ? 1 : 0;
        }
        return (double) right / y.length;
    }

    /** Puts {@code <prefix>.<model>.<metric>} and {@code ...<metric>.std} into a figures map. */
    public void into(Map<String, Object> figures, String prefix) {
        metrics.forEach((k, v) -> {
            figures.put(prefix + "." + model + "." + k, round(v.value()));
            figures.put(prefix + "." + model + "." + k + ".std", round(v.std()));
        });
    }

    static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}
