package ai.talent.nn.eval;

/**
 * A model that cross-validation can train and query by row index into a data set its
 * implementation holds. Services adapt their trainers to it; a fresh instance per fold.
 */
public interface Model {

    /** Trains on the given rows from scratch. */
    void fit(int[] trainRows);

    /** Predicts one score (probability, regression value, ...) per given row. */
    double[] predict(int[] rows);
}
