package ai.talent.nn.eval;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Scores for a binary classifier's probabilities or scores against 0/1 labels: ROC-AUC, average
 * precision (PR-AUC), log-loss and Brier score.
 */
public final class BinaryMetrics {

    /** Probabilities are clipped to [EPS, 1-EPS] in log-loss so one confident mistake stays finite. */
    static final double LOG_LOSS_EPS = 1e-15;

    private BinaryMetrics() {
    }

    /**
     * Area under the ROC curve by the Mann-Whitney statistic with average ranks, so a tie between
     * a positive and a negative counts one half (all scores equal gives 0.5).
     */
    public static double rocAuc(double[] scores, int[] labels) {
        check(scores, labels);
        double[] ranks = Ranks.average(scores);
        long positives = 0;
        double positiveRankSum = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == 1) {
                positives++;
                positiveRankSum += ranks[i];
            }
        }
        long negatives = labels.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("ROC-AUC needs both classes; got " + positives
                    + " positives and " + negatives + " negatives");
        }
        double u = positiveRankSum - positives * (positives + 1) / 2.0;
        return u / ((double) positives * negatives);
    }

    /**
     * Average precision: the sum over score thresholds of (recall gain) x (precision at that
     * threshold). Items with equal scores enter together, as one threshold.
     */
    public static double averagePrecision(double[] scores, int[] labels) {
        check(scores, labels);
        Integer[] order = descending(scores);
        long totalPositives = Arrays.stream(labels).filter(l -> l == 1).count();
        if (totalPositives == 0) {
            throw new IllegalArgumentException("average precision needs at least one positive label");
        }
        double ap = 0;
        long truePositives = 0;
        long seen = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            long groupPositives = 0;
            while (j < order.length && scores[order[j]] == scores[order[i]]) {
                groupPositives += labels[order[j]];
                j++;
            }
            seen += j - i;
            truePositives += groupPositives;
            if (groupPositives > 0) {
                double precision = (double) truePositives / seen;
                ap += precision * groupPositives / totalPositives;
            }
            i = j;
        }
        return ap;
    }

    /** Mean negative log-likelihood of the labels under the predicted probabilities (natural log). */
    public static double logLoss(double[] probabilities, int[] labels) {
        check(probabilities, labels);
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            double p = Math.min(Math.max(probabilities[i], LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
            sum -= labels[i] == 1 ? Math.log(p) : Math.log(1 - p);
        }
        return sum / labels.length;
    }

    /** Mean squared difference between predicted probability and the 0/1 outcome. */
    public static double brier(double[] probabilities, int[] labels) {
        check(probabilities, labels);
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            double d = probabilities[i] - labels[i];
            sum += d * d;
        }
        return sum / labels.length;
    }

    static Integer[] descending(double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer k) -> scores[k]).reversed());
        return order;
    }

    static void check(double[] scores, int[] labels) {
        if (scores.length != labels.length) {
            throw new IllegalArgumentException("scores and labels differ in length: " + scores.length
                    + " vs " + labels.length);
        }
        if (scores.length == 0) {
            throw new IllegalArgumentException("no predictions to score");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("binary labels must be 0 or 1; label " + i + " is " + labels[i]);
            }
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("score " + i + " is NaN");
            }
        }
    }
}
