package ai.talent.nn.eval;

import java.util.Locale;

/** Mean and sample standard deviation of repeated measurements (folds, seeds, ensemble members). */
public record Summary(double mean, double std, int n) {

    public static Summary of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to summarise");
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double std = values.length > 1 ? Math.sqrt(ss / (values.length - 1)) : 0;
        return new Summary(mean, std, values.length);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.4f ± %.4f (n=%d)", mean, std, n);
    }
}
