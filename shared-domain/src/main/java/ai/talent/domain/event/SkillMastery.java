package ai.talent.domain.event;

import ai.talent.domain.model.Checks;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The estimated probability 0–1 that a learner has mastered a skill. */
public record SkillMastery(
        @JsonProperty("skillId") String skillId,
        @JsonProperty("mastery") double mastery) {

    public SkillMastery {
        Checks.id(skillId, "skillId");
        Checks.range(mastery, 0.0, 1.0, "mastery");
    }
}
