package ai.talent.success.reason;

import ai.talent.domain.event.FeatureContribution;

/**
 * Why a prediction is what it is, for one group of features: the group's name, its contribution to the
 * probability (integrated gradients against the average contract, in probability points) and a sentence.
 */
public record Reason(String feature, double contribution, String text) {

    public FeatureContribution toContribution() {
        return new FeatureContribution(feature, contribution);
    }
}
