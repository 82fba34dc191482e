package ai.talent.sim;

/**
 * ROC AUC of scores in [0, 1] against binary labels, accumulated in constant memory: scores are binned
 * (10,001 bins, so ties only merge scores closer than 1e-4) and the AUC is computed from the two
 * histograms, counting ties as half.
 */
public final class BinnedAuc {

    private static final int BINS = 10_001;

    private final long[] positives = new long[BINS];
    private final long[] negatives = new long[BINS];
    private long nPositive;
    private long nNegative;

    public void add(double score, boolean label) {
        int bin = (int) Math.round(Math.max(0, Math.min(1, score)) * (BINS - 1));
        if (label) {
            positives[bin]++;
            nPositive++;
        } else {
            negatives[bin]++;
            nNegative++;
        }
    }

    public long count() {
        return nPositive + nNegative;
    }

    public long positives() {
        return nPositive;
    }

    /** The AUC, or NaN when one of the classes is empty. */
    public double auc() {
        if (nPositive == 0 || nNegative == 0) {
            return Double.NaN;
        }
        double wins = 0;
        long negativesBelow = 0;
        for (int b = 0; b < BINS; b++) {
            wins += positives[b] * (negativesBelow + 0.5 * negatives[b]);
            negativesBelow += negatives[b];
        }
        return wins / ((double) nPositive * nNegative);
    }
}
