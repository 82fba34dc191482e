package ai.talent.success.prediction;

/**
 * Sums from which the quality of all predictions follows: how many there are, how many are labelled, how many of
 * those succeeded, and the sum of squared errors of the labelled ones. Kept as one value (key {@value #KEY}) in the
 * {@value #STORE} keyed store, updated as each project's predictions change (Kafka Streams subtracts a project's
 * old totals and adds its new ones).
 */
public record QualityTotals(long predictions, long labelled, long successes, double squaredError) {

    public static final String STORE = "prediction-quality";
    public static final String KEY = "all";
    public static final QualityTotals ZERO = new QualityTotals(0, 0, 0, 0);

    static QualityTotals of(PredictionRecord r) {
        if (r.succeeded() == null) {
            return new QualityTotals(1, 0, 0, 0);
        }
        double error = r.prediction().probability() - (r.succeeded() ? 1 : 0);
        return new QualityTotals(1, 1, r.succeeded() ? 1 : 0, error * error);
    }

    public QualityTotals plus(QualityTotals o) {
        return new QualityTotals(predictions + o.predictions, labelled + o.labelled, successes + o.successes,
                squaredError + o.squaredError);
    }

    public QualityTotals minus(QualityTotals o) {
        return new QualityTotals(predictions - o.predictions, labelled - o.labelled, successes - o.successes,
                squaredError - o.squaredError);
    }

    /**
     * The Brier score of the labelled predictions beside that of always predicting the observed success rate r,
     * which is the mean of (r − y)² = r(1 − r).
     */
    public QualitySummary summary() {
        if (labelled == 0) {
            return new QualitySummary((int) predictions, 0, null, null, null);
        }
        double rate = (double) successes / labelled;
        return new QualitySummary((int) predictions, (int) labelled, rate, Math.max(0, squaredError / labelled),
                rate * (1 - rate));
    }
}
