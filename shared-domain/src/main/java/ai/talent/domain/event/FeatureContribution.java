package ai.talent.domain.event;

import ai.talent.domain.model.Checks;

/** A reason for a prediction: a feature and its signed contribution to the predicted probability. */
public record FeatureContribution(String feature, double contribution) {

    public FeatureContribution {
        Checks.id(feature, "feature");
        Checks.finite(contribution, "contribution");
    }
}
