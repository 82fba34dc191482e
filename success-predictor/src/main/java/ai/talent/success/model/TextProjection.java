package ai.talent.success.model;

import java.util.List;
import java.util.Random;

/**
 * Principal components of the training texts' embeddings, whitened: a 384-d sentence vector becomes k
 * numbers of unit variance. The model sees these instead of the raw vectors, which keeps it small enough for a
 * few thousand labelled rows and fast at serving time. Fitted by orthogonal iteration on the covariance.
 *
 * @param mean       the mean embedding
 * @param components k unit vectors, largest variance first
 * @param scale      1 / standard deviation along each component
 */
public record TextProjection(float[] mean, float[][] components, float[] scale) {

    static final int ITERATIONS = 150;
    static final double MIN_VARIANCE = 1e-8;

    public int size() {
        return components.length;
    }

    public float[] project(float[] v) {
        float[] out = new float[components.length];
        for (int c = 0; c < components.length; c++) {
            double dot = 0;
            float[] u = components[c];
            for (int i = 0; i < u.length; i++) {
                dot += (double) (v[i] - mean[i]) * u[i];
            }
            out[c] = (float) (dot * scale[c]);
        }
        return out;
    }

    /** Fits k components on every row of every slot (the same basis serves project and profile texts). */
    public static TextProjection fit(List<float[][]> slots, int k, long seed) {
        int d = slots.get(0)[0].length;
        int n = 0;
        double[] mean = new double[d];
        for (float[][] slot : slots) {
            for (float[] v : slot) {
                for (int i = 0; i < d; i++) {
                    mean[i] += v[i];
                }
                n++;
            }
        }
        for (int i = 0; i < d; i++) {
            mean[i] /= n;
        }
        double[][] cov = new double[d][d];
        double[] centred = new double[d];
        for (float[][] slot : slots) {
            for (float[] v : slot) {
                for (int i = 0; i < d; i++) {
                    centred[i] = v[i] - mean[i];
                }
                for (int i = 0; i < d; i++) {
                    double ci = centred[i];
                    double[] row = cov[i];
                    for (int j = i; j < d; j++) {
                        row[j] += ci * centred[j];
                    }
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                cov[i][j] /= n;
                cov[j][i] = cov[i][j];
            }
        }
        int kk = Math.min(k, d);
        Random random = new Random(seed);
        double[][] q = new double[kk][d];
        for (double[] col : q) {
            for (int i = 0; i < d; i++) {
                col[i] = random.nextGaussian();
            }
        }
        orthonormalise(q);
        for (int it = 0; it < ITERATIONS; it++) {
            double[][] z = new double[kk][];
            for (int c = 0; c < kk; c++) {
                z[c] = multiply(cov, q[c]);
            }
            q = z;
            orthonormalise(q);
        }
        float[][] components = new float[kk][d];
        float[] scale = new float[kk];
        Integer[] order = new Integer[kk];
        double[] variance = new double[kk];
        for (int c = 0; c < kk; c++) {
            double[] cq = multiply(cov, q[c]);
            for (int i = 0; i < d; i++) {
                variance[c] += q[c][i] * cq[i];
            }
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(variance[b], variance[a]));
        for (int c = 0; c < kk; c++) {
            int src = order[c];
            for (int i = 0; i < d; i++) {
                components[c][i] = (float) q[src][i];
            }
            scale[c] = (float) (1 / Math.sqrt(Math.max(variance[src], MIN_VARIANCE)));
        }
        float[] m = new float[d];
        for (int i = 0; i < d; i++) {
            m[i] = (float) mean[i];
        }
        return new TextProjection(m, components, scale);
    }

    private static double[] multiply(double[][] a, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            double[] row = a[i];
            for (int j = 0; j < v.length; j++) {
                s += row[j] * v[j];
            }
            out[i] = s;
        }
        return out;
    }

    /** Modified Gram–Schmidt; a vector that collapses is replaced by a unit axis not yet spanned. */
    private static void orthonormalise(double[][] q) {
        for (int c = 0; c < q.length; c++) {
            for (int p = 0; p < c; p++) {
                double dot = 0;
                for (int i = 0; i < q[c].length; i++) {
                    dot += q[c][i] * q[p][i];
                }
                for (int i = 0; i < q[c].length; i++) {
                    q[c][i] -= dot * q[p][i];
                }
            }
            double norm = 0;
            for (double x : q[c]) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            if (norm < 1e-12) {
                // only when the embeddings span fewer than k directions: that component carries no variance
                java.util.Arrays.fill(q[c], 0);
                q[c][c % q[c].length] = 1;
                norm = 1;
            }
            for (int i = 0; i < q[c].length; i++) {
                q[c][i] /= norm;
            }
        }
    }
}
