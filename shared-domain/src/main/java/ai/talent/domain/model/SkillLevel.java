package ai.talent.domain.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A skill a freelancer has: taxonomy id, self-declared level 1 (beginner) to 5 (expert), years of use. */
public record SkillLevel(
        @JsonProperty("skillId") String skillId,
        @JsonProperty("level") int level,
        @JsonProperty("years") double years) {

    public SkillLevel {
        Checks.id(skillId, "skillId");
        Checks.range(level, 1, 5, "level");
        Checks.range(years, 0.0, 60.0, "years");
    }
}
