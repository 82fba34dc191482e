package ai.talent.nn.block;

/**
 * PyTorch's LSTM and GRU equations in plain Java loops over float arrays (batch-first, zero initial state,
 * weights {@code [gates·H, in]}): the reference the tensor implementations are checked against.
 */
final class PlainCells {

    private PlainCells() {
    }

    /** Every step's hidden state {@code [B, T, H]}, flattened; gate order input, forget, cell, output. */
    static float[] lstm(float[] x, int batch, int steps, int in, int hidden, float[] wIh, float[] wHh,
            float[] bIh, float[] bHh) {
        float[] out = new float[batch * steps * hidden];
        for (int b = 0; b < batch; b++) {
            float[] h = new float[hidden];
            float[] c = new float[hidden];
            for (int t = 0; t < steps; t++) {
                float[] gates = affine(x, (b * steps + t) * in, in, h, hidden, wIh, wHh, bIh, bHh, 4);
                float[] next = new float[hidden];
                for (int j = 0; j < hidden; j++) {
                    double i = sigmoid(gates[j]);
                    double f = sigmoid(gates[hidden + j]);
                    double g = Math.tanh(gates[2 * hidden + j]);
                    double o = sigmoid(gates[3 * hidden + j]);
                    c[j] = (float) (f * c[j] + i * g);
                    next[j] = (float) (o * Math.tanh(c[j]));
                }
                h = next;
                System.arraycopy(h, 0, out, (b * steps + t) * hidden, hidden);
            }
        }
        return out;
    }

    /** Every step's hidden state {@code [B, T, H]}, flattened; gate order reset, update, new. */
    static float[] gru(float[] x, int batch, int steps, int in, int hidden, float[] wIh, float[] wHh,
            float[] bIh, float[] bHh) {
        float[] out = new float[batch * steps * hidden];
        for (int b = 0; b < batch; b++) {
            float[] h = new float[hidden];
            for (int t = 0; t < steps; t++) {
                float[] gi = affine(x, (b * steps + t) * in, in, null, hidden, wIh, null, bIh, null, 3);
                float[] gh = affine(null, 0, 0, h, hidden, null, wHh, null, bHh, 3);
                float[] next = new float[hidden];
                for (int j = 0; j < hidden; j++) {
                    double r = sigmoid(gi[j] + gh[j]);
                    double z = sigmoid(gi[hidden + j] + gh[hidden + j]);
                    double n = Math.tanh(gi[2 * hidden + j] + r * gh[2 * hidden + j]);
                    next[j] = (float) ((1 - z) * n + z * h[j]);
                }
                h = next;
                System.arraycopy(h, 0, out, (b * steps + t) * hidden, hidden);
            }
        }
        return out;
    }

    /** {@code W_ih x + b_ih + W_hh h + b_hh} for {@code gates·H} rows; null parts are left out. */
    private static float[] affine(float[] x, int offset, int in, float[] h, int hidden, float[] wIh, float[] wHh,
            float[] bIh, float[] bHh, int gates) {
        float[] g = new float[gates * hidden];
        for (int r = 0; r < g.length; r++) {
            double sum = 0;
            if (wIh != null) {
                for (int k = 0; k < in; k++) {
                    sum += wIh[r * in + k] * x[offset + k];
                }
                sum += bIh[r];
            }
            if (wHh != null) {
                for (int k = 0; k < hidden; k++) {
                    sum += wHh[r * hidden + k] * h[k];
                }
                sum += bHh[r];
            }
            g[r] = (float) sum;
        }
        return g;
    }

    private static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }
}
