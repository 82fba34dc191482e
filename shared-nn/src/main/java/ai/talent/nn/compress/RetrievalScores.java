package ai.talent.nn.compress;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.eval.Bootstrap;
import java.util.Arrays;

/**
 * MRR@10 and Recall@10 of cosine retrieval where each query has exactly one relevant label, keeping each query's
 * reciprocal rank (0 when the relevant label is outside the top 10) so the spread over queries can be bootstrapped.
 */
public record RetrievalScores(double mrr10, double recall10, double[] reciprocalRanks10) {

    private static final int K = 10;
    private static final int CHUNK = 512;

    /** Scores unit query vectors against unit label vectors; {@code answers[i]} is query i's label index. */
    public static RetrievalScores of(float[][] queries, float[][] labels, int[] answers) {
        double[] reciprocalRanks = new double[queries.length];
        try (NDManager m = NnEngine.get().newBaseManager()) {
            NDArray labelMatrix = m.create(labels).transpose();
            for (int start = 0; start < queries.length; start += CHUNK) {
                int end = Math.min(queries.length, start + CHUNK);
                float[][] chunk = Arrays.copyOfRange(queries, start, end);
                try (NDManager c = m.newSubManager()) {
                    float[] scores = c.create(chunk).matMul(labelMatrix).toFloatArray();
                    for (int i = 0; i < chunk.length; i++) {
                        int offset = i * labels.length;
                        float relevant = scores[offset + answers[start + i]];
                        int rank = 1;
                        for (int j = 0; j < labels.length; j++) {
                            if (scores[offset + j] > relevant) {
                                rank++;
                            }
                        }
                        reciprocalRanks[start + i] = rank <= K ? 1.0 / rank : 0;
                    }
                }
            }
        }
        return fromReciprocalRanks(reciprocalRanks);
    }

    /** Scores from per-query reciprocal ranks at 10 (0 for a miss). */
    public static RetrievalScores fromReciprocalRanks(double[] reciprocalRanks10) {
        if (reciprocalRanks10.length == 0) {
            throw new IllegalArgumentException("no queries to score");
        }
        double[] hits = hits(reciprocalRanks10);
        return new RetrievalScores(Arrays.stream(reciprocalRanks10).sum() / reciprocalRanks10.length,
                Arrays.stream(hits).sum() / hits.length, reciprocalRanks10.clone());
    }

    /** Bootstrap over queries of MRR@10. */
    public Bootstrap mrr10Spread(int resamples, long seed) {
        return Bootstrap.meanAndSpread(reciprocalRanks10, resamples, seed);
    }

    /** Bootstrap over queries of Recall@10. */
    public Bootstrap recall10Spread(int resamples, long seed) {
        return Bootstrap.meanAndSpread(hits(reciprocalRanks10), resamples, seed);
    }

    private static double[] hits(double[] reciprocalRanks10) {
        return Arrays.stream(reciprocalRanks10).map(rr -> rr > 0 ? 1 : 0).toArray();
    }
}
