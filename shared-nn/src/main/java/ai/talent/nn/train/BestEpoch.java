package ai.talent.nn.train;

import ai.djl.nn.Parameter;
import ai.djl.util.PairList;

/** Early-stopping bookkeeping: the best validation metric so far, its epoch, and the patience count. */
final class BestEpoch {

    private final boolean higherIsBetter;
    private final EarlyStopping stopping;
    private double metric;
    private int epoch;
    private int sinceBest;

    BestEpoch(boolean higherIsBetter, EarlyStopping stopping) {
        this.higherIsBetter = higherIsBetter;
        this.stopping = stopping;
        this.metric = higherIsBetter ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    /**
     * Records one epoch's metric, snapshotting the weights when it is the best so far and a restore
     * is wanted.
     *
     * @return true when training should stop now
     */
    boolean record(int epochNumber, double value, PairList<String, Parameter> parameters, WeightSnapshot best) {
        double delta = stopping == null ? 0 : stopping.minDelta();
        boolean improved = higherIsBetter ? value > metric + delta : value < metric - delta;
        if (improved || epoch == 0) {
            metric = value;
            epoch = epochNumber;
            sinceBest = 0;
            if (stopping != null && stopping.restoreBest()) {
                best.capture(parameters);
            }
            return false;
        }
        sinceBest++;
        return stopping != null && sinceBest >= stopping.patience();
    }

    double metric() {
        return metric;
    }

    int epoch() {
        return epoch;
    }
}
