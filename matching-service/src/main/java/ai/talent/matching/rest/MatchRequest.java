package ai.talent.matching.rest;

import ai.talent.domain.model.BudgetType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/** An ad-hoc project description to rank the known freelancers against, without posting a project. */
public record MatchRequest(
        @NotEmpty List<@Valid @NotNull SkillNeed> requiredSkills,
        List<@Valid @NotNull SkillNeed> niceToHaveSkills,
        @NotNull BudgetType budgetType,
        @NotNull @PositiveOrZero Long budgetKrw,
        @NotNull @Min(1) @Max(520) Integer durationWeeks,
        @Min(1) @Max(100) Integer limit) {
}
