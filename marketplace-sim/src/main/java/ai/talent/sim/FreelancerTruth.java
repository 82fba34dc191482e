package ai.talent.sim;

import ai.talent.domain.skill.SkillCategory;
import java.util.List;

/**
 * The simulator's hidden facts about a freelancer, never part of an event: main category, seniority, role,
 * true skill levels, and reliability (0–1, how dependably they deliver), which drives success.
 */
public record FreelancerTruth(
        SkillCategory category,
        String seniority,
        String roleEn,
        int totalYears,
        double reliability,
        List<TrueSkill> trueSkills) {

    /** True level of a skill, 0 when the freelancer does not have it. */
    public double trueLevel(String skillId) {
        for (TrueSkill s : trueSkills) {
            if (s.skillId().equals(skillId)) {
                return s.level();
            }
        }
        return 0.0;
    }
}
