package ai.talent.success.baseline;

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares), the
 * linear baseline beside the ensemble. It takes the same network inputs (standardised columns), so the
 * comparison isolates what the hidden layers add.
 *
 * @param weights   one per input column
 * @param intercept not penalised
 */
public record LogisticRegression(double[] weights, double intercept) {

    /** Penalty λ·‖w‖²/2 per row; the same order as scikit-learn's default C = 1 on a few thousand rows. */
    public static final double DEFAULT_L2 = 1e-3;
    static final int MAX_ITERATIONS = 50;
    static final double TOLERANCE = 1e-8;

    public static LogisticRegression fit(float[][] x, int[] y) {
        return fit(x, y, DEFAULT_L2);
    }

    public static LogisticRegression fit(float[][] x, int[] y, double l2PerRow) {
        int n = x.length;
        int d = x[0].length;
        int p = d + 1;
        double[] beta = new double[p];
        double lambda = l2PerRow * n;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] gradient = new double[p];
            double[][] hessian = new double[p][p];
            for (int i = 0; i < n; i++) {
                double z = beta[d];
                for (int j = 0; j < d; j++) {
                    z += beta[j] * x[i][j];
                }
                double mu = sigmoid(z);
                double r = mu - y[i];
                double w = Math.max(mu * (1 - mu), 1e-10);
                for (int j = 0; j < p; j++) {
                    double xj = j < d ? x[i][j] : 1;
                    gradient[j] += r * xj;
                    double wx = w * xj;
                    for (int k = j; k < p; k++) {
                        hessian[j][k] += wx * (k < d ? x[i][k] : 1);
                    }
                }
            }
            for (int j = 0; j < d; j++) {
                gradient[j] += lambda * beta[j];
                hessian[j][j] += lambda;
            }
            hessian[d][d] += 1e-9;
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < j; k++) {
                    hessian[j][k] = hessian[k][j];
                }
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int j = 0; j < p; j++) {
                beta[j] -= step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        double[] w = java.util.Arrays.copyOf(beta, d);
        return new LogisticRegression(w, beta[d]);
    }

    public double logit(float[] row) {
        double z = intercept;
        for (int j = 0; j < weights.length; j++) {
            z += weights[j] * row[j];
        }
        return z;
    }

    public double[] probabilities(float[][] x) {
        double[] p = new double[x.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = sigmoid(logit(x[i]));
        }
        return p;
    }

    /** Cholesky solve of a symmetric positive-definite system. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    l[i][i] = Math.sqrt(Math.max(sum, 1e-12));
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * z[k];
            }
            z[i] = sum / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = z[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k][i] * x[k];
            }
            x[i] = sum / l[i][i];
        }
        return x;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
