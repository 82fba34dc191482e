package ai.talent.domain.model;

/** A skill a project asks for, with the minimum level 1–5 it needs. */
public record SkillRequirement(String skillId, int minLevel) {

    public SkillRequirement {
        Checks.id(skillId, "skillId");
        Checks.range(minLevel, 1, 5, "minLevel");
    }
}
