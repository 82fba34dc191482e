package ai.talent.nn.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Spread of a mean over items (queries, examples) by the nonparametric bootstrap: {@code std} is the standard
 * deviation of the resampled means (the standard error of the mean) and {@code [low, high]} their 2.5 and 97.5
 * percentiles. Resampling with the same seed over the same number of items draws the same indices, so models
 * scored on the same items are compared on the same resamples.
 */
public record Bootstrap(double mean, double std, double low, double high, int n, int resamples) {

    /** Bootstraps the mean of {@code perItem} with {@code resamples} resamples drawn from {@code seed}. */
    public static Bootstrap meanAndSpread(double[] perItem, int resamples, long seed) {
        if (perItem.length == 0) {
            throw new IllegalArgumentException("no per-item values to bootstrap");
        }
        if (resamples < 2) {
            throw new IllegalArgumentException("need at least 2 bootstrap resamples, got " + resamples);
        }
        int n = perItem.length;
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += perItem[random.nextInt(n)];
            }
            means[r] = sum / n;
        }
        Arrays.sort(means);
        Summary spread = Summary.of(means);
        double low = means[(int) Math.floor(0.025 * resamples)];
        double high = means[(int) Math.ceil(0.975 * resamples) - 1];
        return new Bootstrap(Summary.of(perItem).mean(), spread.std(), low, high, n, resamples);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.4f ± %.4f [%.4f, %.4f] (n=%d)", mean, std, low, high, n);
    }
}
