package ai.talent.nn.tune;

import ai.talent.nn.eval.Cholesky;
import java.util.Arrays;
import java.util.Random;

/**
 * Gaussian-process regression on points of the unit cube, targets standardised internally. The
 * hyperparameters are picked by a random search over the log marginal likelihood, which is robust
 * and cheap at the few dozen points a tuning run has.
 */
public final class GaussianProcess {

    /** Ranges of the hyperparameter search (on standardised targets and unit-cube inputs). */
    static final double MIN_LENGTH = 0.03;
    static final double MAX_LENGTH = 3;
    static final double MIN_SIGNAL = 0.1;
    static final double MAX_SIGNAL = 10;
    static final double MIN_NOISE = 1e-6;
    static final double MAX_NOISE = 1;
    private static final double JITTER = 1e-9;
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final Kernel kernel;
    private final GpHyperparameters hyper;
    private final double[][] x;
    private final double mean;
    private final double scale;
    private final double[][] chol;
    private final double[] alpha;
    private final double logMarginalLikelihood;

    private GaussianProcess(Kernel kernel, GpHyperparameters hyper, double[][] x, double[] y) {
        this.kernel = kernel;
        this.hyper = hyper;
        this.x = x;
        int n = y.length;
        double m = 0;
        for (double v : y) {
            m += v;
        }
        m /= n;
        double ss = 0;
        for (double v : y) {
            ss += (v - m) * (v - m);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        this.mean = m;
        this.scale = sd > 0 ? sd : 1;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = (y[i] - mean) / scale;
        }
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                k[i][j] = covariance(x[i], x[j]);
                k[j][i] = k[i][j];
            }
            k[i][i] += hyper.noiseVariance() + JITTER;
        }
        this.chol = Cholesky.lower(k);
        if (chol == null) {
            this.alpha = null;
            this.logMarginalLikelihood = Double.NEGATIVE_INFINITY;
            return;
        }
        this.alpha = Cholesky.solve(chol, z);
        double lml = 0;
        for (int i = 0; i < n; i++) {
            lml -= 0.5 * z[i] * alpha[i] + Math.log(chol[i][i]);
        }
        this.logMarginalLikelihood = lml - 0.5 * n * LOG_2PI;
    }

    /** Fits with given hyperparameters. */
    public static GaussianProcess fit(Kernel kernel, GpHyperparameters hyper, double[][] x, double[] y) {
        GaussianProcess gp = new GaussianProcess(kernel, hyper, x, y);
        if (gp.chol == null) {
            throw new IllegalStateException("GP covariance is not positive definite with " + hyper);
        }
        return gp;
    }

    /** Fits, choosing hyperparameters from {@code samples} random draws by marginal likelihood. */
    public static GaussianProcess fitByMarginalLikelihood(Kernel kernel, double[][] x, double[] y, int samples,
                                                          Random random) {
        int d = x[0].length;
        GaussianProcess best = new GaussianProcess(kernel, new GpHyperparameters(filled(d, 0.3), 1, 1e-2), x, y);
        for (int s = 0; s < samples; s++) {
            double[] lengths = new double[d];
            // an isotropic draw half the time: with few points, one shared scale is often the better model
            double shared = logUniform(random, MIN_LENGTH, MAX_LENGTH);
            boolean isotropic = random.nextBoolean();
            for (int i = 0; i < d; i++) {
                lengths[i] = isotropic ? shared : logUniform(random, MIN_LENGTH, MAX_LENGTH);
            }
            GpHyperparameters h = new GpHyperparameters(lengths, logUniform(random, MIN_SIGNAL, MAX_SIGNAL),
                    logUniform(random, MIN_NOISE, MAX_NOISE));
            GaussianProcess gp = new GaussianProcess(kernel, h, x, y);
            if (gp.logMarginalLikelihood > best.logMarginalLikelihood) {
                best = gp;
            }
        }
        return best;
    }

    public GpHyperparameters hyperparameters() {
        return hyper;
    }

    public double logMarginalLikelihood() {
        return logMarginalLikelihood;
    }

    /** Posterior mean and standard deviation of the latent function at {@code point}, in target units. */
    public double[] predict(double[] point) {
        int n = x.length;
        double[] ks = new double[n];
        for (int i = 0; i < n; i++) {
            ks[i] = covariance(point, x[i]);
        }
        double mu = 0;
        for (int i = 0; i < n; i++) {
            mu += ks[i] * alpha[i];
        }
        double[] v = Cholesky.forwardSolve(chol, ks);
        double var = hyper.signalVariance();
        for (double vi : v) {
            var -= vi * vi;
        }
        return new double[] {mean + scale * mu, scale * Math.sqrt(Math.max(var, 1e-12))};
    }

    private double covariance(double[] a, double[] b) {
        double r2 = 0;
        double[] l = hyper.lengthScales();
        for (int i = 0; i < a.length; i++) {
            double d = (a[i] - b[i]) / l[i];
            r2 += d * d;
        }
        return hyper.signalVariance() * kernel.correlation(Math.sqrt(r2));
    }

    private static double logUniform(Random random, double low, double high) {
        return Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low)));
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
