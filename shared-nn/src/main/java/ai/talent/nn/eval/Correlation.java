package ai.talent.nn.eval;

/** Pearson and Spearman (Pearson on average ranks, so ties are handled) correlation coefficients. */
public final class Correlation {

    private Correlation() {
    }

    public static double pearson(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("need two equally long series of at least 2 values; got "
                    + x.length + " and " + y.length);
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= x.length;
        my /= y.length;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx == 0 || syy == 0) {
            return Double.NaN;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    public static double spearman(double[] x, double[] y) {
        return pearson(Ranks.average(x), Ranks.average(y));
    }

    /**
     * Spearman over all pairs, with the bootstrap spread of Spearman recomputed on pairs resampled with replacement
     * ({@code std}, 95 % interval). The same seed and length draw the same resamples, so two models scored on the
     * same pairs are compared on the same resamples.
     */
    public static Bootstrap spearmanSpread(double[] x, double[] y, int resamples, long seed) {
        double full = spearman(x, y);
        int n = x.length;
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        double[] samples = new double[resamples];
        double[] a = new double[n];
        double[] b = new double[n];
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(n);
                a[i] = x[k];
                b[i] = y[k];
            }
            samples[r] = spearman(a, b);
        }
        java.util.Arrays.sort(samples);
        return new Bootstrap(full, Summary.of(samples).std(), samples[(int) Math.floor(0.025 * resamples)],
                samples[(int) Math.ceil(0.975 * resamples) - 1], n, resamples);
    }
}
