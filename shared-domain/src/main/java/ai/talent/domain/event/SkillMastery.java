package ai.talent.domain.event;

import ai.talent.domain.model.Checks;

/** The estimated probability 0–1 that a learner has mastered a skill. */
public record SkillMastery(String skillId, double mastery) {

    public SkillMastery {
        Checks.id(skillId, "skillId");
        Checks.range(mastery, 0.0, 1.0, "mastery");
    }
}
