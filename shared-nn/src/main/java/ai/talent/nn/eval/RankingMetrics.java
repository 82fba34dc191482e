package ai.talent.nn.eval;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Ranking quality for one query (items ranked by descending score, graded gains per item) and
 * the mean over queries. An item is relevant when its gain is positive. Ties in score keep the
 * input order.
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /** Normalised DCG at k with gain {@code 2^g - 1} and discount {@code log2(rank + 1)}; 0 if nothing is relevant. */
    public static double ndcgAtK(double[] scores, double[] gains, int k) {
        check(scores, gains, k);
        Integer[] order = BinaryMetrics.descending(scores);
        double dcg = 0;
        for (int r = 0; r < Math.min(k, order.length); r++) {
            dcg += gain(gains[order[r]]) / log2(r + 2);
        }
        Integer[] ideal = BinaryMetrics.descending(gains);
        double idcg = 0;
        for (int r = 0; r < Math.min(k, ideal.length); r++) {
            idcg += gain(gains[ideal[r]]) / log2(r + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Average precision of the ranking over all relevant items; 0 if nothing is relevant. */
    public static double averagePrecision(double[] scores, double[] gains) {
        check(scores, gains, 1);
        Integer[] order = BinaryMetrics.descending(scores);
        long relevant = relevantCount(gains);
        if (relevant == 0) {
            return 0;
        }
        double sum = 0;
        int hits = 0;
        for (int r = 0; r < order.length; r++) {
            if (gains[order[r]] > 0) {
                hits++;
                sum += (double) hits / (r + 1);
            }
        }
        return sum / relevant;
    }

    /** Reciprocal rank of the first relevant item within the top k; 0 if none is there. */
    public static double reciprocalRankAtK(double[] scores, double[] gains, int k) {
        check(scores, gains, k);
        Integer[] order = BinaryMetrics.descending(scores);
        for (int r = 0; r < Math.min(k, order.length); r++) {
            if (gains[order[r]] > 0) {
                return 1.0 / (r + 1);
            }
        }
        return 0;
    }

    /** Share of all relevant items found in the top k; 0 if nothing is relevant. */
    public static double recallAtK(double[] scores, double[] gains, int k) {
        long relevant = relevantCount(gains);
        return relevant == 0 ? 0 : (double) hitsAtK(scores, gains, k) / relevant;
    }

    /** Share of the top k that is relevant (k is the denominator even if fewer items exist). */
    public static double precisionAtK(double[] scores, double[] gains, int k) {
        return (double) hitsAtK(scores, gains, k) / k;
    }

    public static double meanNdcgAtK(List<RankedQuery> queries, int k) {
        return mean(queries, q -> ndcgAtK(q.scores(), q.gains(), k));
    }

    public static double meanAveragePrecision(List<RankedQuery> queries) {
        return mean(queries, q -> averagePrecision(q.scores(), q.gains()));
    }

    public static double meanReciprocalRankAtK(List<RankedQuery> queries, int k) {
        return mean(queries, q -> reciprocalRankAtK(q.scores(), q.gains(), k));
    }

    public static double meanRecallAtK(List<RankedQuery> queries, int k) {
        return mean(queries, q -> recallAtK(q.scores(), q.gains(), k));
    }

    public static double meanPrecisionAtK(List<RankedQuery> queries, int k) {
        return mean(queries, q -> precisionAtK(q.scores(), q.gains(), k));
    }

    private static double mean(List<RankedQuery> queries, ToDoubleFunction<RankedQuery> metric) {
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("no queries to average over");
        }
        return queries.stream().mapToDouble(metric).average().orElseThrow();
    }

    private static int hitsAtK(double[] scores, double[] gains, int k) {
        check(scores, gains, k);
        Integer[] order = BinaryMetrics.descending(scores);
        int hits = 0;
        for (int r = 0; r < Math.min(k, order.length); r++) {
            if (gains[order[r]] > 0) {
                hits++;
            }
        }
        return hits;
    }

    private static long relevantCount(double[] gains) {
        long n = 0;
        for (double g : gains) {
            if (g > 0) {
                n++;
            }
        }
        return n;
    }

    private static double gain(double grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static void check(double[] scores, double[] gains, int k) {
        if (scores.length != gains.length) {
            throw new IllegalArgumentException("scores and gains differ in length: " + scores.length + " vs "
                    + gains.length);
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
    }
}
