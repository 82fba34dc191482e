package ai.talent.sim;

import ai.talent.domain.skill.SkillCategory;
import java.util.List;

/**
 * The simulator's hidden facts about a freelancer, never part of an event: main category, role, seniority and
 * years, craft (how good their past work was, a standard normal; the bio's achievements hint at it), reliability
 * (0–1, how dependably they deliver; only outcomes reveal it), the business domains they know, the hidden
 * compatibility vector, and true skill levels. Role, seniority, domains and craft are stated only in the texts.
 */
public record FreelancerTruth(
        SkillCategory category,
        String roleEn,
        String seniority,
        int totalYears,
        double craft,
        double reliability,
        List<String> domains,
        List<Double> compatibility,
        List<TrueSkill> trueSkills) {

    public FreelancerTruth {
        domains = List.copyOf(domains);
        compatibility = List.copyOf(compatibility);
        trueSkills = List.copyOf(trueSkills);
    }

    /** True level of a skill, 0 when the freelancer does not have it. */
    public double trueLevel(String skillId) {
        for (TrueSkill s : trueSkills) {
            if (s.skillId().equals(skillId)) {
                return s.level();
            }
        }
        return 0.0;
    }

    public int seniorityRank() {
        return Seniority.rank(seniority);
    }
}
