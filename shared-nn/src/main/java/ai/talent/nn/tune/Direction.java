package ai.talent.nn.tune;

/** Whether the objective is a loss (minimise) or a score (maximise). */
public enum Direction {
    MINIMIZE,
    MAXIMIZE;

    /** The value as a loss: lower is better. */
    double toLoss(double value) {
        return this == MINIMIZE ? value : -value;
    }

    boolean better(double a, double b) {
        return this == MINIMIZE ? a < b : a > b;
    }
}
