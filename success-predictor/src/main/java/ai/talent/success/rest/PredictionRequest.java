package ai.talent.success.rest;

import ai.talent.domain.model.BudgetType;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Region;
import java.time.LocalDate;
import java.util.List;

/**
 * Asks for a prediction: a received freelancer ({@code freelancerId}) on a received project ({@code projectId}) or
 * on a project described in the request ({@code project}), at an agreed rate in the project's unit (per hour for
 * an hourly budget, the whole price for a fixed one; {@code agreedRateKrw} is the same in won), with reasons in
 * {@code language} ({@code en} or {@code ko}, default {@code en}). Validated by {@link RequestValidation}.
 */
public record PredictionRequest(String freelancerId, String projectId, ProjectDraft project, Amount agreedRate,
                                Long agreedRateKrw, String language) {

    /** An amount of money; the marketplace trades in Korean won ({@code KRW}). */
    public record Amount(Long amount, String currency) {
    }

    /** A skill and the minimum level (1–5) the project needs. */
    public record Skill(String skillId, Integer minLevel) {
    }

    /** A project not (yet) posted: what the features read of it. Unset optional fields take neutral defaults. */
    public record ProjectDraft(String clientId, String title, String description, Language language,
                               List<Skill> requiredSkills, List<Skill> niceToHaveSkills, BudgetType budgetType,
                               Amount budget, Integer durationWeeks, LocalDate deadline, Region region,
                               Boolean remote) {
    }
}
