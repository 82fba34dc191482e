package ai.talent.success.model;

/**
 * The ensemble's answer for one row.
 *
 * @param probability calibrated success probability: the mean of the members' {@code sigmoid(logit / T)}
 * @param lower       lower end of the 90 % interval of the members' calibrated logits, as a probability
 * @param upper       upper end of that interval
 * @param uncertainty standard deviation of the members' calibrated probabilities
 */
public record Estimate(double probability, double lower, double upper, double uncertainty) {
}
