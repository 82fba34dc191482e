package ai.talent.sim.harness;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The metrics the harness reports, exact and in plain Java (marketplace-sim depends on nothing that has them):
 * ROC AUC with ties as half, log-loss, Brier score, expected calibration error, NDCG@k with exponential gain,
 * reciprocal rank, recall@k and mean absolute error.
 */
public final class Metrics {

    /** Probabilities are clipped to [EPS, 1 − EPS] for the log-loss, so one confident miss does not make it infinite. */
    public static final double EPS = 1e-6;
    public static final int ECE_BINS = 10;

    private Metrics() {
    }

    /** ROC AUC of {@code scores} for {@code labels}; ties count half; NaN when a class is missing. */
    public static double auc(double[] scores, boolean[] labels) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double positives = 0;
        double rankSum = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[order[k]]) {
                    positives++;
                    rankSum += midRank;
                }
            }
            i = j + 1;
        }
        double negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }

    /** Mean negative log-likelihood (natural log) of the labels under the probabilities. */
    public static double logLoss(double[] p, boolean[] labels) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double q = Math.min(1 - EPS, Math.max(EPS, p[i]));
            sum -= labels[i] ? Math.log(q) : Math.log(1 - q);
        }
        return sum / p.length;
    }

    /** Mean squared error of the probabilities against the 0/1 labels. */
    public static double brier(double[] p, boolean[] labels) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double e = p[i] - (labels[i] ? 1 : 0);
            sum += e * e;
        }
        return sum / p.length;
    }

    /**
     * Expected calibration error over {@value #ECE_BINS} equal-width probability bins: the bins' |mean predicted −
     * observed rate|, weighted by their share of the items.
     */
    public static double ece(double[] p, boolean[] labels) {
        double[] predicted = new double[ECE_BINS];
        double[] observed = new double[ECE_BINS];
        int[] count = new int[ECE_BINS];
        for (int i = 0; i < p.length; i++) {
            int b = Math.min(ECE_BINS - 1, (int) Math.floor(Math.max(0, p[i]) * ECE_BINS));
            predicted[b] += p[i];
            observed[b] += labels[i] ? 1 : 0;
            count[b]++;
        }
        double sum = 0;
        for (int b = 0; b < ECE_BINS; b++) {
            if (count[b] > 0) {
                sum += Math.abs(predicted[b] - observed[b]);
            }
        }
        return sum / p.length;
    }

    /**
     * NDCG@k of a ranking given its items' grades in ranked order and the grades of the ideal ranking (highest
     * first); gain 2^grade − 1, discount log2(rank + 1); NaN when the ideal gain is 0.
     */
    public static double ndcgAt(int k, int[] rankedGrades, int[] idealGrades) {
        double ideal = dcgAt(k, idealGrades);
        return ideal == 0 ? Double.NaN : dcgAt(k, rankedGrades) / ideal;
    }

    static double dcgAt(int k, int[] grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, grades.length); i++) {
            dcg += (Math.pow(2, grades[i]) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return dcg;
    }

    /** NDCG@k of {@code ranking} against graded relevance ({@code grades}: id → grade; absent ids are 0). */
    public static double ndcgAt(int k, List<String> ranking, Map<String, Integer> grades) {
        int[] ranked = new int[Math.min(k, ranking.size())];
        for (int i = 0; i < ranked.length; i++) {
            ranked[i] = grades.getOrDefault(ranking.get(i), 0);
        }
        int[] ideal = grades.values().stream().mapToInt(Integer::intValue).filter(g -> g > 0)
                .boxed().sorted(Comparator.reverseOrder()).limit(k).mapToInt(Integer::intValue).toArray();
        return ndcgAt(k, ranked, ideal);
    }

    /** 1 / rank of the first item of grade ≥ {@code relevant}; 0 when none is ranked; NaN when none exists. */
    public static double reciprocalRank(List<String> ranking, Map<String, Integer> grades, int relevant) {
        if (grades.values().stream().noneMatch(g -> g >= relevant)) {
            return Double.NaN;
        }
        for (int i = 0; i < ranking.size(); i++) {
            if (grades.getOrDefault(ranking.get(i), 0) >= relevant) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** Share of the items of grade ≥ {@code relevant} found in the top k; NaN when there are none. */
    public static double recallAt(int k, List<String> ranking, Map<String, Integer> grades, int relevant) {
        long total = grades.values().stream().filter(g -> g >= relevant).count();
        if (total == 0) {
            return Double.NaN;
        }
        long found = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (grades.getOrDefault(ranking.get(i), 0) >= relevant) {
                found++;
            }
        }
        return found / (double) total;
    }

    /** Mean absolute difference. */
    public static double meanAbsoluteError(double[] predicted, double[] truth) {
        double sum = 0;
        for (int i = 0; i < predicted.length; i++) {
            sum += Math.abs(predicted[i] - truth[i]);
        }
        return sum / predicted.length;
    }
}
