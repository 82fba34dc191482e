package ai.talent.sim;

import ai.talent.domain.skill.SkillCategory;

/**
 * The simulator's hidden facts about a project: its category and business domain, the seniority the client
 * really needs, the weekly hours the work takes, the client's quality, and the budget as an hourly rate.
 */
public record ProjectTruth(
        SkillCategory category,
        String domain,
        String seniorityWanted,
        int hoursPerWeek,
        double clientQuality,
        long hourlyBudgetKrw) {
}
