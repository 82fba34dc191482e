package ai.talent.sim.harness;

import java.util.List;

/**
 * Logistic regression on dense features, fitted by Newton's method (iteratively reweighted least squares) with
 * an L2 penalty on standardised features: deterministic, and exact enough for the references the harness trains
 * (tens of features, up to a few hundred thousand rows).
 */
public final class LogisticRegression {

    private final double[] mean;
    private final double[] scale;
    private final double[] weights;
    private final double bias;

    private LogisticRegression(double[] mean, double[] scale, double[] weights, double bias) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.bias = bias;
    }

    /** Fits to {@code rows} (each a feature vector of the same length) and their labels. */
    public static LogisticRegression fit(List<double[]> rows, List<Boolean> labels, double l2) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no training rows");
        }
        int n = rows.size();
        int d = rows.get(0).length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] r : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += r[j] / n;
            }
        }
        for (double[] r : rows) {
            for (int j = 0; j < d; j++) {
                scale[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = scale[j] < 1e-12 ? 1 : Math.sqrt(scale[j]);
        }
        double[][] x = new double[n][d + 1];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double[] r = rows.get(i);
            for (int j = 0; j < d; j++) {
                x[i][j] = (r[j] - mean[j]) / scale[j];
            }
            x[i][d] = 1;
            y[i] = labels.get(i) ? 1 : 0;
        }
        double[] w = new double[d + 1];
        for (int iteration = 0; iteration < 30; iteration++) {
            double[] gradient = new double[d + 1];
            double[][] hessian = new double[d + 1][d + 1];
            for (int i = 0; i < n; i++) {
                double p = sigmoid(dot(w, x[i]));
                double s = Math.max(p * (1 - p), 1e-9);
                for (int a = 0; a <= d; a++) {
                    gradient[a] += (p - y[i]) * x[i][a];
                    double xa = s * x[i][a];
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += xa * x[i][b];
                    }
                }
            }
            for (int a = 0; a <= d; a++) {
                for (int b = 0; b < a; b++) {
                    hessian[b][a] = hessian[a][b];
                }
                if (a < d) {
                    gradient[a] += l2 * w[a];
                    hessian[a][a] += l2;
                } else {
                    hessian[a][a] += 1e-9;
                }
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int a = 0; a <= d; a++) {
                w[a] -= step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < 1e-7) {
                break;
            }
        }
        double[] weights = new double[d];
        System.arraycopy(w, 0, weights, 0, d);
        return new LogisticRegression(mean, scale, weights, w[d]);
    }

    /** The probability of the positive class. */
    public double predict(double[] features) {
        return sigmoid(score(features));
    }

    /** The log-odds. */
    public double score(double[] features) {
        double z = bias;
        for (int j = 0; j < weights.length; j++) {
            z += weights[j] * (features[j] - mean[j]) / scale[j];
        }
        return z;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    private static double dot(double[] w, double[] x) {
        double z = 0;
        for (int j = 0; j < w.length; j++) {
            z += w[j] * x[j];
        }
        return z;
    }

    /** Solves a x = b for a symmetric positive definite a (Cholesky). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j][j];
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
}
