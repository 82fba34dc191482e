package ai.talent.nn.compress;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;

/** MRR@10 and Recall@10 of cosine retrieval where each query has exactly one relevant label. */
public record RetrievalScores(double mrr10, double recall10) {

    private static final int K = 10;
    private static final int CHUNK = 512;

    /** Scores unit query vectors against unit label vectors; {@code answers[i]} is query i's label index. */
    public static RetrievalScores of(float[][] queries, float[][] labels, int[] answers) {
        double mrr = 0;
        int hits = 0;
        try (NDManager m = NnEngine.get().newBaseManager()) {
            NDArray labelMatrix = m.create(labels).transpose();
            for (int start = 0; start < queries.length; start += CHUNK) {
                int end = Math.min(queries.length, start + CHUNK);
                float[][] chunk = java.util.Arrays.copyOfRange(queries, start, end);
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
                        if (rank <= K) {
                            mrr += 1.0 / rank;
                            hits++;
                        }
                    }
                }
            }
        }
        return new RetrievalScores(mrr / queries.length, hits / (double) queries.length);
    }
}
