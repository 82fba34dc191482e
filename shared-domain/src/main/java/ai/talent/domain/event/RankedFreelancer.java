package ai.talent.domain.event;

import ai.talent.domain.model.Checks;
import ai.talent.domain.model.Nullable;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One entry of a recommendation list: the freelancer, the model's score, the 1-based rank, optional reasons. */
public record RankedFreelancer(
        @JsonProperty("freelancerId") String freelancerId,
        @JsonProperty("score") double score,
        @JsonProperty("rank") int rank,
        @JsonProperty("reasons") @Nullable List<String> reasons) {

    public RankedFreelancer {
        Checks.id(freelancerId, "freelancerId");
        Checks.finite(score, "score");
        Checks.atLeast(rank, 1, "rank");
        reasons = Checks.optionalList(reasons, "reasons");
    }
}
