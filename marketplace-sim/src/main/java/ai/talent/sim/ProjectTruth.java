package ai.talent.sim;

import ai.talent.domain.skill.SkillCategory;

/**
 * The simulator's hidden facts about a project: its category, the role it needs, its business domain (and
 * whether the post names it or only implies it), the seniority the client asks for, how complex the work is,
 * the weekly hours it takes, the client's quality, and the budget as an hourly rate. Role, domain, seniority,
 * complexity and hours are stated only in the post's text.
 */
public record ProjectTruth(
        SkillCategory category,
        String roleEn,
        String domain,
        boolean domainStated,
        String seniorityWanted,
        String complexity,
        int hoursPerWeek,
        double clientQuality,
        long hourlyBudgetKrw) {

    public int complexityRank() {
        return Seniority.complexityRank(complexity);
    }

    public int seniorityWantedRank() {
        return Seniority.rank(seniorityWanted);
    }
}
