package ai.talent.nn.train;

import ai.djl.training.tracker.Tracker;

/**
 * Learning rate as a function of the update number (1 for the first update): constant, linear
 * warm-up then cosine or linear decay to {@code floor}, or step decay by {@code gamma} every
 * {@code stepSize} updates. A DJL {@link Tracker}, so optimisers consume it directly.
 *
 * @param kind the curve
 * @param peak learning rate after warm-up (the constant rate for CONSTANT, the start for STEP)
 * @param warmup updates of linear warm-up from near 0 to peak (WARMUP_* only)
 * @param total updates over which the decay runs; after that the rate stays at floor
 * @param floor final learning rate of the decay
 * @param stepSize updates between decays (STEP only)
 * @param gamma decay factor (STEP only)
 */
public record LrSchedule(Kind kind, float peak, int warmup, int total, float floor, int stepSize, float gamma)
        implements Tracker {

    /** Schedule shapes. */
    public enum Kind {
        CONSTANT,
        WARMUP_COSINE,
        WARMUP_LINEAR,
        STEP
    }

    public LrSchedule {
        if (!(peak > 0) || floor < 0 || floor > peak) {
            throw new IllegalArgumentException("need 0 <= floor <= peak and peak > 0, got peak " + peak + ", floor " + floor);
        }
        if ((kind == Kind.WARMUP_COSINE || kind == Kind.WARMUP_LINEAR) && (warmup < 0 || total <= warmup)) {
            throw new IllegalArgumentException(
                    "warm-up schedules need 0 <= warmup < total, got warmup " + warmup + ", total " + total);
        }
        if (kind == Kind.STEP && (stepSize <= 0 || gamma <= 0 || gamma > 1)) {
            throw new IllegalArgumentException("step schedule needs stepSize > 0 and gamma in (0, 1], got "
                    + stepSize + ", " + gamma);
        }
    }

    public static LrSchedule constant(float lr) {
        return new LrSchedule(Kind.CONSTANT, lr, 0, 1, 0f, 1, 1f);
    }

    public static LrSchedule warmupCosine(float peak, int warmup, int total, float floor) {
        return new LrSchedule(Kind.WARMUP_COSINE, peak, warmup, total, floor, 1, 1f);
    }

    public static LrSchedule warmupLinear(float peak, int warmup, int total, float floor) {
        return new LrSchedule(Kind.WARMUP_LINEAR, peak, warmup, total, floor, 1, 1f);
    }

    public static LrSchedule step(float start, int stepSize, float gamma) {
        return new LrSchedule(Kind.STEP, start, 0, 1, 0f, stepSize, gamma);
    }

    @Override
    public float getNewValue(int update) {
        int n = Math.max(update, 1);
        return switch (kind) {
            case CONSTANT -> peak;
            case STEP -> (float) (peak * Math.pow(gamma, (n - 1) / stepSize));
            case WARMUP_COSINE, WARMUP_LINEAR -> warmupThenDecay(n);
        };
    }

    private float warmupThenDecay(int n) {
        if (n <= warmup) {
            return peak * n / warmup;
        }
        double progress = Math.min(1.0, (double) (n - warmup) / (total - warmup));
        double shape = kind == Kind.WARMUP_COSINE ? 0.5 * (1 + Math.cos(Math.PI * progress)) : 1 - progress;
        return (float) (floor + (peak - floor) * shape);
    }
}
