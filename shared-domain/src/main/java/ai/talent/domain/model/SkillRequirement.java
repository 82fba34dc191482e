package ai.talent.domain.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A skill a project asks for, with the minimum level 1–5 it needs. */
public record SkillRequirement(
        @JsonProperty("skillId") String skillId,
        @JsonProperty("minLevel") int minLevel) {

    public SkillRequirement {
        Checks.id(skillId, "skillId");
        Checks.range(minLevel, 1, 5, "minLevel");
    }
}
