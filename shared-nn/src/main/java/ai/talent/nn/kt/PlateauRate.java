package ai.talent.nn.kt;

import ai.djl.training.tracker.Tracker;

/**
 * A learning rate that steps down when validation stops improving: {@link #decay()} multiplies it, between
 * epochs. The trainer's Adam reads it as a {@link Tracker}; {@link SparseAwareOptimizer} scales its Adagrad rate
 * by {@link #factor()}.
 */
final class PlateauRate implements Tracker {

    private final float base;
    private final float decay;
    private volatile float factor = 1f;

    /** @param decay the factor of each step down, in (0, 1]; 1 never changes the rate */
    PlateauRate(float base, float decay) {
        this.base = base;
        this.decay = decay;
    }

    /** One step down; returns the new rate. */
    float decay() {
        factor *= decay;
        return rate();
    }

    /** The current rate over the base rate. */
    float factor() {
        return factor;
    }

    float rate() {
        return base * factor;
    }

    @Override
    public float getNewValue(int update) {
        return rate();
    }
}
