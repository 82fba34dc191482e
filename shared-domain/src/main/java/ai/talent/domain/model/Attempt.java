package ai.talent.domain.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** One answer of a learner to an exercise: right or wrong, when, and how long it took. */
public record Attempt(
        @JsonProperty("learnerId") String learnerId,
        @JsonProperty("exerciseId") String exerciseId,
        @JsonProperty("skillIds") List<String> skillIds,
        @JsonProperty("correct") boolean correct,
        @JsonProperty("time") Instant time,
        @JsonProperty("durationSeconds") int durationSeconds) {

    public Attempt {
        Checks.id(learnerId, "learnerId");
        Checks.id(exerciseId, "exerciseId");
        skillIds = Checks.ids(skillIds, "skillIds");
        Checks.range(skillIds.size(), 1, 2, "skillIds.length");
        Checks.present(time, "time");
        Checks.atLeast(durationSeconds, 0, "durationSeconds");
    }
}
