package ai.talent.nn.bilingual;

/**
 * Translation retrieval: for each sentence, is its own translation the nearest (by cosine of unit vectors)
 * among all translations of the set? Reported as top-1 accuracy, and per query for bootstrap spreads.
 */
public final class TranslationRetrieval {

    private TranslationRetrieval() {
    }

    /** 1 where row i of {@code queries} has row i of {@code candidates} as its nearest candidate, else 0. */
    public static double[] hits(float[][] queries, float[][] candidates) {
        int[] nearest = nearest(queries, candidates);
        double[] hits = new double[queries.length];
        for (int i = 0; i < queries.length; i++) {
            hits[i] = nearest[i] == i ? 1 : 0;
        }
        return hits;
    }

    /**
     * As {@link #hits}, but a miss whose retrieved candidate is a paraphrase of the right one (the teacher's
     * cosine of their English sides, {@code english}, at least {@code paraphrase}) also counts: a diagnostic of how
     * many misses are near-paraphrases (STS sentences come in pairs of near-paraphrases), not the goal's measure.
     */
    public static double[] paraphraseTolerantHits(float[][] queries, float[][] candidates, float[][] english,
            double paraphrase) {
        int[] nearest = nearest(queries, candidates);
        double[] hits = new double[queries.length];
        for (int i = 0; i < queries.length; i++) {
            hits[i] = nearest[i] == i || dot(english[i], english[nearest[i]]) >= paraphrase ? 1 : 0;
        }
        return hits;
    }

    /** The index of each query's nearest candidate. */
    public static int[] nearest(float[][] queries, float[][] candidates) {
        int[] nearest = new int[queries.length];
        for (int i = 0; i < queries.length; i++) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < candidates.length; j++) {
                double s = dot(queries[i], candidates[j]);
                if (s > bestScore) {
                    bestScore = s;
                    best = j;
                }
            }
            nearest[i] = best;
        }
        return nearest;
    }

    /** Share of rows whose translation is the nearest candidate. */
    public static double top1(float[][] queries, float[][] candidates) {
        double sum = 0;
        for (double h : hits(queries, candidates)) {
            sum += h;
        }
        return queries.length == 0 ? Double.NaN : sum / queries.length;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
