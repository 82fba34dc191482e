package ai.talent.nn.compress;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Dense;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Global unstructured magnitude pruning of an encoder's linear weights: the given fraction of weights with
 * the smallest absolute value, counted over all linear layers together, is set to zero. Embeddings,
 * biases and LayerNorm are left alone. {@link #mask} and {@link #reapply} keep pruned weights at
 * zero during fine-tuning.
 */
public final class MagnitudePruner {

    /** What pruning did: the magnitude threshold and the fraction of linear weights that are now zero. */
    public record Result(float threshold, double sparsity, long zeroed, long total) {
    }

    private MagnitudePruner() {
    }

    /** Zeroes the smallest {@code sparsity} fraction of linear weights by magnitude. */
    public static Result prune(BertEncoder encoder, double sparsity) {
        if (sparsity < 0 || sparsity >= 1) {
            throw new IllegalArgumentException("sparsity must be in [0, 1), got " + sparsity);
        }
        Collection<Dense> layers = encoder.denseLayers().values();
        long total = 0;
        for (Dense d : layers) {
            total += (long) d.inFeatures() * d.outFeatures();
        }
        float[] magnitudes = new float[(int) total];
        int pos = 0;
        for (Dense d : layers) {
            float[] w = d.weight().getArray().toFloatArray();
            for (float v : w) {
                magnitudes[pos++] = Math.abs(v);
            }
        }
        Arrays.sort(magnitudes);
        int k = (int) Math.floor(sparsity * total);
        float threshold = k == 0 ? -1f : magnitudes[k - 1];
        long zeroed = 0;
        for (Dense d : layers) {
            NDArray arr = d.weight().getArray();
            float[] w = arr.toFloatArray();
            for (int i = 0; i < w.length; i++) {
                if (Math.abs(w[i]) <= threshold) {
                    w[i] = 0f;
                    zeroed++;
                }
            }
            arr.set(w);
        }
        return new Result(threshold, zeroed / (double) total, zeroed, total);
    }

    /**
     * Remembers which linear weights are non-zero now (right after pruning), so that fine-tuning can put the
     * pruned ones back to zero after each step with {@link #reapply}. The masks live with the weights.
     */
    public static Map<Dense, NDArray> mask(BertEncoder encoder) {
        Map<Dense, NDArray> masks = new LinkedHashMap<>();
        for (Dense d : encoder.denseLayers().values()) {
            NDArray w = d.weight().getArray();
            NDArray keep = w.neq(0f).toType(DataType.FLOAT32, false);
            keep.attach(w.getManager());
            masks.put(d, keep);
        }
        return masks;
    }

    /** Sets the weights outside the masks back to zero. */
    public static void reapply(Map<Dense, NDArray> masks) {
        masks.forEach((d, keep) -> d.weight().getArray().muli(keep));
    }
}
