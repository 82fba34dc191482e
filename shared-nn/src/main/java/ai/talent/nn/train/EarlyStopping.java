package ai.talent.nn.train;

/**
 * Stop when the validation metric has not improved by more than {@code minDelta} for {@code patience}
 * epochs; with {@code restoreBest} the weights of the best epoch are put back at the end.
 */
public record EarlyStopping(int patience, double minDelta, boolean restoreBest) {

    public EarlyStopping {
        if (patience < 1 || minDelta < 0) {
            throw new IllegalArgumentException("patience must be >= 1 and minDelta >= 0, got " + patience + ", " + minDelta);
        }
    }

    public static EarlyStopping patience(int epochs) {
        return new EarlyStopping(epochs, 0.0, true);
    }
}
