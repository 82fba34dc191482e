package ai.talent.success.prediction;

/**
 * How the predictions made so far fared against completed contracts: the Brier score (mean squared error of the
 * probability, lower is better) beside that of always predicting the observed success rate.
 */
public record QualitySummary(int predictions, int labelled, Double successRate, Double brierScore,
                             Double baseRateBrierScore) {
}
