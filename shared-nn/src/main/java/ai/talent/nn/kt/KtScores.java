package ai.talent.nn.kt;

import ai.talent.nn.eval.BinaryMetrics;

/**
 * Per-row predictions of a knowledge-tracing network and the responses they predicted.
 *
 * @param probabilities predicted probability of a correct response, one per row
 * @param labels the responses (0/1)
 */
public record KtScores(double[] probabilities, int[] labels) {

    public int rows() {
        return labels.length;
    }

    public double auc() {
        return BinaryMetrics.rocAuc(probabilities, labels);
    }

    /** Share of rows where {@code p > 0.5} agrees with the response. */
    public double accuracy() {
        int right = 0;
        for (int i = 0; i < labels.length; i++) {
            right += (probabilities[i] > 0.5) == (labels[i] == 1) ? 1 : 0;
        }
        return labels.length == 0 ? Double.NaN : (double) right / labels.length;
    }
}
