package ai.talent.nn.train;

/**
 * One epoch of a training run.
 *
 * @param validationLoss NaN when there is no validation set
 * @param validationMetric the configured metric, or the validation loss; NaN without validation data
 * @param gradientNorm mean global gradient norm before clipping; NaN when clipping is off (not measured)
 */
public record EpochStats(
        int epoch,
        double trainLoss,
        double validationLoss,
        double validationMetric,
        double learningRate,
        double gradientNorm,
        double seconds) {
}
