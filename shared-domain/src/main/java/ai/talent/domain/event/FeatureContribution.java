package ai.talent.domain.event;

import ai.talent.domain.model.Checks;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A reason for a prediction: a feature and its signed contribution to the predicted probability. */
public record FeatureContribution(
        @JsonProperty("feature") String feature,
        @JsonProperty("contribution") double contribution) {

    public FeatureContribution {
        Checks.id(feature, "feature");
        Checks.finite(contribution, "contribution");
    }
}
