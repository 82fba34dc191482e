package ai.talent.domain.event;

import ai.talent.domain.model.Checks;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A step of a learning path: the skill to practise next, the exercises for it, and why. */
public record NextStep(
        @JsonProperty("skillId") String skillId,
        @JsonProperty("exerciseIds") List<String> exerciseIds,
        @JsonProperty("reason") String reason) {

    public NextStep {
        Checks.id(skillId, "skillId");
        exerciseIds = Checks.ids(exerciseIds, "exerciseIds");
        Checks.text(reason, "reason");
    }
}
