package ai.talent.search.eval;

import java.util.List;

/**
 * Ranking metrics on graded judgments: NDCG@10 with exponential gain (2^grade − 1) against the ideal ranking the
 * grade counts allow, reciprocal rank of the first relevant result (grade ≥ 1), and recall at 100.
 */
final class Metrics {

    private Metrics() {
    }

    static double ndcg10(List<String> ranked, SimulatedSearchSet.JudgedQuery q) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            dcg += gain(q.grade(ranked.get(i))) / log2(i + 2);
        }
        double ideal = 0;
        long g3 = q.grade3();
        long g2 = q.grade2();
        long g1 = q.grade1();
        for (int i = 0; i < 10; i++) {
            int g = g3-- > 0 ? 3 : g2-- > 0 ? 2 : g1-- > 0 ? 1 : 0;
            ideal += gain(g) / log2(i + 2);
        }
        return ideal == 0 ? Double.NaN : dcg / ideal;
    }

    static double reciprocalRank(List<String> ranked, SimulatedSearchSet.JudgedQuery q) {
        for (int i = 0; i < ranked.size(); i++) {
            if (q.grade(ranked.get(i)) >= 1) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    static double recall100(List<String> ranked, SimulatedSearchSet.JudgedQuery q) {
        if (q.relevant() == 0) {
            return Double.NaN;
        }
        int found = 0;
        for (int i = 0; i < Math.min(100, ranked.size()); i++) {
            if (q.grade(ranked.get(i)) >= 1) {
                found++;
            }
        }
        return (double) found / q.relevant();
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
