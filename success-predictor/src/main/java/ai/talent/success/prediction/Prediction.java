package ai.talent.success.prediction;

import ai.talent.domain.event.FeatureContribution;
import java.util.List;

/** A success probability with a plausible range and the signed contribution of each feature, largest first. */
public record Prediction(double probability, double lower, double upper, double uncertainty,
                         List<FeatureContribution> reasons) {
}
