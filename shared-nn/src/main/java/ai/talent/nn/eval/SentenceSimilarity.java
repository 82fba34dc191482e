package ai.talent.nn.eval;

import java.util.List;
import java.util.function.Function;

/**
 * Sentence-similarity evaluation (STS-B, KorSTS): each pair's two sentences embedded as unit vectors, their cosine
 * set against the gold score by Spearman correlation, the usual figure for how well an encoder keeps general meaning.
 */
public final class SentenceSimilarity {

    private SentenceSimilarity() {
    }

    /** The cosine similarity of each pair's two sides (the dot product of the encoder's unit vectors). */
    public static double[] cosines(Function<List<String>, float[][]> embed, List<ScoredPair> pairs) {
        float[][] a = embed.apply(pairs.stream().map(ScoredPair::first).toList());
        float[][] b = embed.apply(pairs.stream().map(ScoredPair::second).toList());
        double[] out = new double[pairs.size()];
        for (int i = 0; i < out.length; i++) {
            double s = 0;
            for (int k = 0; k < a[i].length; k++) {
                s += a[i][k] * b[i][k];
            }
            out[i] = s;
        }
        return out;
    }

    /** The pairs' gold scores. */
    public static double[] gold(List<ScoredPair> pairs) {
        return pairs.stream().mapToDouble(ScoredPair::score).toArray();
    }

    /** Spearman correlation of the pairs' cosines with their gold scores. */
    public static double spearman(Function<List<String>, float[][]> embed, List<ScoredPair> pairs) {
        return Correlation.spearman(cosines(embed, pairs), gold(pairs));
    }

    /**
     * Spearman correlation of the cosines (one per pair, from {@link #cosines}) with the pairs' gold scores, with
     * its bootstrap spread over pairs (the Spearman of each resample).
     */
    public static Bootstrap spearmanSpread(double[] cosines, List<ScoredPair> pairs, int resamples, long seed) {
        return Correlation.spearmanSpread(cosines, gold(pairs), resamples, seed);
    }

    /** {@link #spearmanSpread(double[], List, int, long)} of the cosines {@code embed} gives the pairs. */
    public static Bootstrap spearmanSpread(Function<List<String>, float[][]> embed, List<ScoredPair> pairs,
                                           int resamples, long seed) {
        return spearmanSpread(cosines(embed, pairs), pairs, resamples, seed);
    }
}
