package ai.talent.matching.rank;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a trained ranker is besides its weights: the feature columns it was trained on (checked when loading), their
 * training means and standard deviations (inputs are standardised with them; the mean is the reference candidate of
 * the explanations), the MLP's hidden widths, dropout and the loss it was trained with.
 */
public record RankerSpec(@JsonProperty("features") List<String> features,
                         @JsonProperty("means") float[] means,
                         @JsonProperty("stds") float[] stds,
                         @JsonProperty("hidden") List<Integer> hidden,
                         @JsonProperty("dropout") float dropout,
                         @JsonProperty("loss") String loss) {

    public RankerSpec {
        features = List.copyOf(features);
        hidden = List.copyOf(hidden);
        if (means.length != features.size() || stds.length != features.size()) {
            throw new IllegalArgumentException("a ranker spec needs one mean and one std per feature");
        }
    }
}
