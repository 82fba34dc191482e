package ai.talent.nn.kt;

import ai.talent.nn.eval.BinaryMetrics;
import ai.talent.nn.eval.LogisticRegression;

/**
 * Per-row predictions of a knowledge-tracing network and the responses they predicted.
 *
 * @param probabilities predicted probability of a correct response, one per row
 * @param labels the responses (0/1)
 * @param groups per row, the prediction it was made together with: rows of one problem under
 *     {@link Protocol#LEAK_FREE} share a group (their response is one answer); under {@link Protocol#ROWS} every
 *     row is a group of its own. Groups are consecutive runs of equal ids.
 */
public record KtScores(double[] probabilities, int[] labels, int[] groups) {

    public KtScores {
        if (probabilities.length != labels.length || labels.length != groups.length) {
            throw new IllegalArgumentException("probabilities, labels and groups differ in length");
        }
    }

    /** Every row a group of its own. */
    public KtScores(double[] probabilities, int[] labels) {
        this(probabilities, labels, java.util.stream.IntStream.range(0, labels.length).toArray());
    }

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

    /**
     * The rows of each group given one prediction: the sigmoid of the mean of their logits (late fusion). A
     * multi-skill problem is then predicted from the evidence on all its skills, each row from the same history as
     * before, so the protocol is unchanged; a group of one row keeps its probability.
     */
    public KtScores fused() {
        double[] fused = probabilities.clone();
        int from = 0;
        while (from < groups.length) {
            int to = from + 1;
            while (to < groups.length && groups[to] == groups[from]) {
                to++;
            }
            if (to - from > 1) {
                double logit = 0;
                for (int i = from; i < to; i++) {
                    logit += logit(probabilities[i]);
                }
                double p = LogisticRegression.sigmoid(logit / (to - from));
                for (int i = from; i < to; i++) {
                    fused[i] = p;
                }
            }
            from = to;
        }
        return new KtScores(fused, labels, groups);
    }

    /**
     * One entry per group (its first row): after {@link #fused()}, one prediction per problem, each problem counted
     * once whatever its number of skills (the question-level view pyKT reports).
     */
    public KtScores perGroup() {
        int n = 0;
        for (int i = 0; i < groups.length; i++) {
            n += i == 0 || groups[i] != groups[i - 1] ? 1 : 0;
        }
        double[] p = new double[n];
        int[] y = new int[n];
        int[] g = new int[n];
        int k = 0;
        for (int i = 0; i < groups.length; i++) {
            if (i == 0 || groups[i] != groups[i - 1]) {
                p[k] = probabilities[i];
                y[k] = labels[i];
                g[k++] = groups[i];
            }
        }
        return new KtScores(p, y, g);
    }

    /**
     * Several models' scores of the same rows combined as {@link KtEnsemble} combines them: per row, the sigmoid of the
     * mean of their logits.
     */
    public static KtScores meanLogit(java.util.List<KtScores> members) {
        KtScores first = members.get(0);
        double[] p = new double[first.rows()];
        for (KtScores m : members) {
            if (m.rows() != first.rows() || !java.util.Arrays.equals(m.labels(), first.labels())
                    || !java.util.Arrays.equals(m.groups(), first.groups())) {
                throw new IllegalArgumentException("scores of different rows cannot be combined");
            }
        }
        for (int i = 0; i < p.length; i++) {
            double logit = 0;
            for (KtScores m : members) {
                logit += logit(m.probabilities()[i]);
            }
            p[i] = LogisticRegression.sigmoid(logit / members.size());
        }
        return new KtScores(p, first.labels(), first.groups());
    }

    /** The log-odds of {@code p}, kept finite at 0 and 1. */
    static double logit(double p) {
        double q = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
        return Math.log(q / (1 - q));
    }
}
