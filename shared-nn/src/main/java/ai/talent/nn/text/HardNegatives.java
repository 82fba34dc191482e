package ai.talent.nn.text;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;
import java.util.Arrays;

/**
 * Mines hard negatives: for each anchor, the candidates the current encoder puts closest to it among those allowed
 * as negatives (not the anchor's own positives, and — for neighbours rather than random texts — from its own
 * neighbourhood, e.g. the same occupation group). Works on unit vectors, so a caller mines with whatever encoder it
 * is training ({@link ContrastiveFineTuner#embed}) or serving.
 */
public final class HardNegatives {

    /** Whether candidate {@code candidate} may be a negative of anchor {@code anchor}. */
    @FunctionalInterface
    public interface Eligibility {
        boolean allows(int anchor, int candidate);
    }

    private static final int CHUNK = 256;

    private HardNegatives() {
    }

    /**
     * For each anchor, the indices of up to {@code k} eligible candidates by descending cosine similarity (fewer when
     * fewer are eligible).
     */
    public static int[][] mine(float[][] anchors, float[][] candidates, int k, Eligibility eligibility) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        int[][] out = new int[anchors.length][];
        if (candidates.length == 0) {
            Arrays.fill(out, new int[0]);
            return out;
        }
        NnEngine.configureCurrentThread();
        try (NDManager m = NnEngine.get().newBaseManager()) {
            NDArray candidateMatrix = m.create(candidates).transpose();
            for (int start = 0; start < anchors.length; start += CHUNK) {
                int end = Math.min(anchors.length, start + CHUNK);
                try (NDManager c = m.newSubManager()) {
                    float[] scores = c.create(Arrays.copyOfRange(anchors, start, end)).matMul(candidateMatrix)
                            .toFloatArray();
                    for (int i = start; i < end; i++) {
                        out[i] = top(scores, (i - start) * candidates.length, candidates.length, k, i, eligibility);
                    }
                }
            }
        }
        return out;
    }

    /** The k best eligible columns of one row, kept in a small sorted buffer (k is small, rows are long). */
    private static int[] top(float[] scores, int offset, int n, int k, int anchor, Eligibility eligibility) {
        int[] best = new int[k];
        float[] value = new float[k];
        int size = 0;
        for (int j = 0; j < n; j++) {
            float s = scores[offset + j];
            if (size == k && s <= value[k - 1] || !eligibility.allows(anchor, j)) {
                continue;
            }
            int pos = size < k ? size++ : k - 1;
            while (pos > 0 && value[pos - 1] < s) {
                value[pos] = value[pos - 1];
                best[pos] = best[pos - 1];
                pos--;
            }
            value[pos] = s;
            best[pos] = j;
        }
        return Arrays.copyOf(best, size);
    }
}
