package ai.talent.matching.rest;

import ai.talent.domain.model.BudgetType;
import ai.talent.domain.model.Region;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * What to find freelancers for: a received project by {@code projectId}, or an ad-hoc description (required skills,
 * budget and duration, optionally a title and description for the towers), with hard filters candidates must pass.
 */
public record MatchRequest(
        String projectId,
        @Size(max = 200) String title,
        @Size(max = 20_000) String description,
        List<@Valid @NotNull SkillNeed> requiredSkills,
        List<@Valid @NotNull SkillNeed> niceToHaveSkills,
        BudgetType budgetType,
        @PositiveOrZero Long budgetKrw,
        @Min(1) @Max(520) Integer durationWeeks,
        @Min(0) @Max(80) Integer minHoursPerWeek,
        Set<@NotNull Region> regions,
        @PositiveOrZero Long maxHourlyRateKrw,
        @Min(1) @Max(100) Integer limit) {
}
