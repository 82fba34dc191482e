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

    /**
     * As {@link #hits}, but each query retrieves by the ratio margin of Artetxe and Schwenk (2019), the score bitext
     * mining uses: cos(x, y) divided by the mean of x's {@code k} nearest candidates' cosines and y's {@code k}
     * nearest queries' cosines. A candidate that sits near everything (a hub) is then no longer everyone's nearest;
     * the candidates are the whole set at once, as they are when a collection is searched in the other language.
     */
    public static double[] marginHits(float[][] queries, float[][] candidates, int k) {
        int n = queries.length;
        int m = candidates.length;
        if (k < 1 || k > Math.min(n, m)) {
            throw new IllegalArgumentException("k must be 1.." + Math.min(n, m) + ", not " + k);
        }
        float[][] sim = new float[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sim[i][j] = (float) dot(queries[i], candidates[j]);
            }
        }
        double[] queryHood = new double[n];
        for (int i = 0; i < n; i++) {
            queryHood[i] = meanOfTop(sim[i], k);
        }
        double[] candidateHood = new double[m];
        float[] column = new float[n];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n; i++) {
                column[i] = sim[i][j];
            }
            candidateHood[j] = meanOfTop(column, k);
        }
        double[] hits = new double[n];
        for (int i = 0; i < n; i++) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                double s = sim[i][j] / ((queryHood[i] + candidateHood[j]) / 2);
                if (s > bestScore) {
                    bestScore = s;
                    best = j;
                }
            }
            hits[i] = best == i ? 1 : 0;
        }
        return hits;
    }

    /** The mean of the {@code k} largest values. */
    static double meanOfTop(float[] values, int k) {
        float[] top = new float[k];
        java.util.Arrays.fill(top, Float.NEGATIVE_INFINITY);
        for (float v : values) {
            if (v <= top[k - 1]) {
                continue;
            }
            int p = k - 1;
            while (p > 0 && top[p - 1] < v) {
                top[p] = top[p - 1];
                p--;
            }
            top[p] = v;
        }
        double sum = 0;
        for (float v : top) {
            sum += v;
        }
        return sum / k;
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
