package ai.talent.sim.harness;

import ai.talent.nn.eval.LogisticRegression;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * L2-regularised logistic regression over sparse rows, fitted on the whole batch by L-BFGS (deterministic, no
 * learning rate to tune). The bag-of-words model's learner: a few dense features and thousands of token features.
 */
public final class SparseLogisticRegression {

    /** A sparse feature vector: column indices (0..columns-1) and their values. */
    public record Row(int[] index, float[] value) {
    }

    private static final int MEMORY = 10;

    private final double[] weights;
    private final double bias;

    private SparseLogisticRegression(double[] weights, double bias) {
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * Fits to the rows. The loss is the mean log-loss plus l2 / 2 · |w|² over the columns from
     * {@code firstPenalised} on (the first ones — dense features a model always wants — and the bias get only a
     * token penalty, so the many sparse columns are held back without shrinking them).
     */
    public static SparseLogisticRegression fit(List<Row> rows, List<Boolean> labels, int columns, int firstPenalised,
                                               double l2, int iterations) {
        int d = columns + 1;
        double[] penalty = new double[d];
        for (int j = 0; j < columns; j++) {
            penalty[j] = j < firstPenalised ? 1e-6 : l2;
        }
        double[] w = new double[d];
        double[] g = new double[d];
        double f = loss(rows, labels, w, penalty, g);
        Deque<double[]> ss = new ArrayDeque<>();
        Deque<double[]> ys = new ArrayDeque<>();
        for (int it = 0; it < iterations; it++) {
            double[] direction = direction(g, ss, ys);
            double step = 1.0;
            double slope = dot(direction, g);
            if (slope >= 0) {
                direction = negate(g);
                slope = dot(direction, g);
                ss.clear();
                ys.clear();
            }
            double[] wNext = new double[d];
            double[] gNext = new double[d];
            double fNext;
            int tries = 0;
            while (true) {
                for (int j = 0; j < d; j++) {
                    wNext[j] = w[j] + step * direction[j];
                }
                fNext = loss(rows, labels, wNext, penalty, gNext);
                if (fNext <= f + 1e-4 * step * slope || ++tries > 30) {
                    break;
                }
                step *= 0.5;
            }
            double[] s = new double[d];
            double[] y = new double[d];
            for (int j = 0; j < d; j++) {
                s[j] = wNext[j] - w[j];
                y[j] = gNext[j] - g[j];
            }
            if (dot(s, y) > 1e-12) {
                ss.addLast(s);
                ys.addLast(y);
                if (ss.size() > MEMORY) {
                    ss.removeFirst();
                    ys.removeFirst();
                }
            }
            double improvement = f - fNext;
            w = wNext;
            g = gNext;
            f = fNext;
            if (improvement < 1e-9) {
                break;
            }
        }
        double[] weights = new double[columns];
        System.arraycopy(w, 0, weights, 0, columns);
        return new SparseLogisticRegression(weights, w[columns]);
    }

    public double score(Row row) {
        double z = bias;
        for (int k = 0; k < row.index().length; k++) {
            z += weights[row.index()[k]] * row.value()[k];
        }
        return z;
    }

    public double predict(Row row) {
        return LogisticRegression.sigmoid(score(row));
    }

    private static double loss(List<Row> rows, List<Boolean> labels, double[] w, double[] l2, double[] gradient) {
        int columns = w.length - 1;
        java.util.Arrays.fill(gradient, 0);
        double sum = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double z = w[columns];
            for (int k = 0; k < r.index().length; k++) {
                z += w[r.index()[k]] * r.value()[k];
            }
            double y = labels.get(i) ? 1 : 0;
            // log(1 + e^z) − y·z, computed stably
            sum += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y * z;
            double residual = LogisticRegression.sigmoid(z) - y;
            for (int k = 0; k < r.index().length; k++) {
                gradient[r.index()[k]] += residual * r.value()[k];
            }
            gradient[columns] += residual;
        }
        int n = rows.size();
        double penalty = 0;
        for (int j = 0; j < w.length; j++) {
            gradient[j] /= n;
            gradient[j] += l2[j] * w[j];
            penalty += l2[j] * w[j] * w[j];
        }
        return sum / n + 0.5 * penalty;
    }

    /** The L-BFGS two-loop recursion: an approximation of −H⁻¹g from the last steps. */
    private static double[] direction(double[] g, Deque<double[]> ss, Deque<double[]> ys) {
        double[] q = g.clone();
        int m = ss.size();
        double[][] s = ss.toArray(new double[0][]);
        double[][] y = ys.toArray(new double[0][]);
        double[] alpha = new double[m];
        for (int i = m - 1; i >= 0; i--) {
            double rho = 1 / dot(y[i], s[i]);
            alpha[i] = rho * dot(s[i], q);
            for (int j = 0; j < q.length; j++) {
                q[j] -= alpha[i] * y[i][j];
            }
        }
        if (m > 0) {
            double gamma = dot(s[m - 1], y[m - 1]) / dot(y[m - 1], y[m - 1]);
            for (int j = 0; j < q.length; j++) {
                q[j] *= gamma;
            }
        }
        for (int i = 0; i < m; i++) {
            double rho = 1 / dot(y[i], s[i]);
            double beta = rho * dot(y[i], q);
            for (int j = 0; j < q.length; j++) {
                q[j] += s[i][j] * (alpha[i] - beta);
            }
        }
        return negate(q);
    }

    private static double[] negate(double[] v) {
        double[] out = new double[v.length];
        for (int j = 0; j < v.length; j++) {
            out[j] = -v[j];
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }
}
