package ai.talent.matching.scoring;

import ai.talent.domain.model.BudgetType;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.SkillRequirement;
import java.util.List;

/** What a candidate is scored against: the skills a project asks for and what it can pay. */
public record ProjectNeeds(List<SkillRequirement> requiredSkills, List<SkillRequirement> niceToHaveSkills,
                           BudgetType budgetType, long budgetKrw, int durationWeeks) {

    public static ProjectNeeds of(Project project) {
        return new ProjectNeeds(project.requiredSkills(), project.niceToHaveSkills(), project.budgetType(),
                project.budget().amount(), project.durationWeeks());
    }
}
