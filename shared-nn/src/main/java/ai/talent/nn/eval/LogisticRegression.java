package ai.talent.nn.eval;

import java.util.Arrays;
import java.util.List;

/**
 * Logistic regression on dense features with an L2 penalty on the weights (not the intercept), fitted by Newton's
 * method (iteratively reweighted least squares, a {@link Cholesky} solve per step): deterministic, and exact enough for the
 * linear references the evaluations train (tens of features, up to a few hundred thousand rows).
 *
 * <p>{@link #fit} takes the columns as they are; {@link #fitStandardised} centres each column and scales it to unit
 * variance first (so that the penalty treats the columns alike), and {@link #score} standardises alike.
 */
public final class LogisticRegression {

    /** A penalty per row of the same order as scikit-learn's default C = 1 on a few thousand rows. */
    public static final double DEFAULT_L2_PER_ROW = 1e-3;
    static final int MAX_ITERATIONS = 50;
    static final double TOLERANCE = 1e-8;

    private final double[] mean;
    private final double[] scale;
    private final double[] weights;
    private final double intercept;

    private LogisticRegression(double[] mean, double[] scale, double[] weights, double intercept) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.intercept = intercept;
    }

    /** Fits to the rows as they are with the penalty {@code l2}·‖w‖²/2. */
    public static LogisticRegression fit(double[][] x, boolean[] y, double l2) {
        int d = columns(x);
        double[] zero = new double[d];
        double[] one = new double[d];
        Arrays.fill(one, 1);
        return fitted(zero, one, x, y, l2);
    }

    /** {@link #fit} with {@link #DEFAULT_L2_PER_ROW} times the number of rows as the penalty, on float inputs. */
    public static LogisticRegression fit(float[][] x, int[] y) {
        double[][] rows = new double[x.length][];
        boolean[] labels = new boolean[y.length];
        for (int i = 0; i < x.length; i++) {
            rows[i] = new double[x[i].length];
            for (int j = 0; j < x[i].length; j++) {
                rows[i][j] = x[i][j];
            }
            labels[i] = y[i] == 1;
        }
        return fit(rows, labels, DEFAULT_L2_PER_ROW * x.length);
    }

    /** Fits to {@code rows} standardised column by column (a constant column is only centred), penalty {@code l2}. */
    public static LogisticRegression fitStandardised(List<double[]> rows, List<Boolean> labels, double l2) {
        double[][] x = rows.toArray(double[][]::new);
        int n = x.length;
        int d = columns(x);
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] r : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += r[j] / n;
            }
        }
        for (double[] r : x) {
            for (int j = 0; j < d; j++) {
                scale[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = scale[j] < 1e-12 ? 1 : Math.sqrt(scale[j]);
        }
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            y[i] = labels.get(i);
        }
        return fitted(mean, scale, x, y, l2);
    }

    /** The log-odds of the positive class. */
    public double score(double[] features) {
        double z = intercept;
        for (int j = 0; j < weights.length; j++) {
            z += weights[j] * (features[j] - mean[j]) / scale[j];
        }
        return z;
    }

    /** The probability of the positive class. */
    public double predict(double[] features) {
        return sigmoid(score(features));
    }

    /** The probability of the positive class for each row. */
    public double[] probabilities(float[][] x) {
        double[] p = new double[x.length];
        double[] row = new double[weights.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < row.length; j++) {
                row[j] = x[i][j];
            }
            p[i] = predict(row);
        }
        return p;
    }

    public static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    private static int columns(double[][] x) {
        if (x.length == 0) {
            throw new IllegalArgumentException("no training rows");
        }
        return x[0].length;
    }

    /** Newton's method on the rows standardised by {@code mean} and {@code scale}, the intercept a last column. */
    private static LogisticRegression fitted(double[] mean, double[] scale, double[][] rows, boolean[] y, double l2) {
        int n = rows.length;
        int d = mean.length;
        double[][] x = new double[n][d + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = (rows[i][j] - mean[j]) / scale[j];
            }
            x[i][d] = 1;
        }
        double[] w = new double[d + 1];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[d + 1];
            double[][] hessian = new double[d + 1][d + 1];
            for (int i = 0; i < n; i++) {
                double p = sigmoid(dot(w, x[i]));
                double s = Math.max(p * (1 - p), 1e-10);
                double r = p - (y[i] ? 1 : 0);
                for (int a = 0; a <= d; a++) {
                    gradient[a] += r * x[i][a];
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
            double[] step = Cholesky.solve(Cholesky.lowerRegularised(hessian), gradient);
            double change = 0;
            for (int a = 0; a <= d; a++) {
                w[a] -= step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        return new LogisticRegression(mean, scale, Arrays.copyOf(w, d), w[d]);
    }

    private static double dot(double[] w, double[] x) {
        double z = 0;
        for (int j = 0; j < w.length; j++) {
            z += w[j] * x[j];
        }
        return z;
    }
}
