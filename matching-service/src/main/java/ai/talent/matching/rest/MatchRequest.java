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
 * Every list and text is bounded (a 400 problem names the field beyond its bound; the body itself is bounded by
 * {@code quarkus.http.limits.max-body-size}).
 */
public record MatchRequest(
        @Size(max = MatchRequest.MAX_ID_CHARS) String projectId,
        @Size(max = 200) String title,
        @Size(max = 20_000) String description,
        @Size(max = MatchRequest.MAX_SKILLS) List<@Valid @NotNull SkillNeed> requiredSkills,
        @Size(max = MatchRequest.MAX_SKILLS) List<@Valid @NotNull SkillNeed> niceToHaveSkills,
        BudgetType budgetType,
        @PositiveOrZero Long budgetKrw,
        @Min(1) @Max(520) Integer durationWeeks,
        @Min(0) @Max(80) Integer minHoursPerWeek,
        Set<@NotNull Region> regions,
        @PositiveOrZero Long maxHourlyRateKrw,
        @Min(1) @Max(100) Integer limit) {

    /** Most skills a request may list in each of its two lists (a posted project needs a handful). */
    public static final int MAX_SKILLS = 50;
    /** Longest project id. */
    public static final int MAX_ID_CHARS = 200;
}
