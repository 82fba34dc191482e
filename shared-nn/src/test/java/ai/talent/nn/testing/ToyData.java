package ai.talent.nn.testing;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.talent.nn.train.TensorData;
import java.util.Random;

/** Small seeded synthetic tasks for training tests. */
public final class ToyData {

    private ToyData() {
    }

    /** XOR of the signs of two coordinates, points kept away from the axes: label 1 when x·y > 0. */
    public static TensorData xor(NDManager m, int n, long seed) {
        Random r = new Random(seed);
        float[] x = new float[n * 2];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            float a = awayFromZero(r);
            float b = awayFromZero(r);
            x[2 * i] = a;
            x[2 * i + 1] = b;
            y[i] = a * b > 0 ? 1f : 0f;
        }
        return TensorData.of(m.create(x, new Shape(n, 2)), m.create(y, new Shape(n, 1)));
    }

    /** Which quadrant a point lies in (4 classes, labels int64). */
    public static TensorData quadrants(NDManager m, int n, long seed) {
        Random r = new Random(seed);
        float[] x = new float[n * 2];
        long[] y = new long[n];
        for (int i = 0; i < n; i++) {
            float a = awayFromZero(r);
            float b = awayFromZero(r);
            x[2 * i] = a;
            x[2 * i + 1] = b;
            y[i] = (a > 0 ? 0 : 1) + (b > 0 ? 0 : 2);
        }
        return TensorData.of(m.create(x, new Shape(n, 2)), m.create(y));
    }

    /** y = X·w + noise with w = (1, −2, 3, −4, 5, 0, ...): a convex least-squares problem. */
    public static TensorData leastSquares(NDManager m, int n, int features, int informative, float noise, long seed) {
        Random r = new Random(seed);
        float[] x = new float[n * features];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            double t = 0;
            for (int j = 0; j < features; j++) {
                float v = (float) r.nextGaussian();
                x[i * features + j] = v;
                if (j < informative) {
                    t += v * (j + 1) * (j % 2 == 0 ? 1 : -1);
                }
            }
            y[i] = (float) (t + noise * r.nextGaussian());
        }
        return TensorData.of(m.create(x, new Shape(n, features)), m.create(y, new Shape(n, 1)));
    }

    /** Fraction of rows where sigmoid(logit) > 0.5 agrees with a 0/1 label. */
    public static double binaryAccuracy(NDArray logits, NDArray labels) {
        float[] z = logits.toFloatArray();
        float[] y = labels.toType(DataType.FLOAT32, false).toFloatArray();
        int ok = 0;
        for (int i = 0; i < z.length; i++) {
            ok += (z[i] > 0) == (y[i] > 0.5f) ? 1 : 0;
        }
        return (double) ok / z.length;
    }

    /** Fraction of positions where the arg-max of the last axis equals the integer label. */
    public static double argmaxAccuracy(NDArray logits, NDArray labels) {
        long[] pred = logits.argMax(-1).toType(DataType.INT64, false).toLongArray();
        long[] y = labels.toType(DataType.INT64, false).toLongArray();
        int ok = 0;
        for (int i = 0; i < y.length; i++) {
            ok += pred[i] == y[i] ? 1 : 0;
        }
        return (double) ok / y.length;
    }

    public static NDList list(NDArray... arrays) {
        return new NDList(arrays);
    }

    private static float awayFromZero(Random r) {
        float v = 0.15f + 0.85f * r.nextFloat();
        return r.nextBoolean() ? v : -v;
    }
}
