package ai.talent.sim.text;

import java.util.List;
import java.util.Objects;

/**
 * What a project's title and description are written from. {@code domain} is one of
 * {@link MarketplaceTexts#domains()}: named when {@code domainStated}, otherwise only implied by what the
 * product is; {@code budgetKrw} is the hourly rate when {@code hourly}, otherwise the fixed total;
 * {@code seniority} ("junior", "mid", "senior") is written out only when {@code seniorityStated};
 * {@code complexity} is "simple", "standard" or "complex"; {@code hoursPerWeek} is 0 when the post does not say.
 */
public record ProjectBrief(String category, Role role, String domain, boolean domainStated,
                           List<SkillMention> required, List<SkillMention> niceToHave, long budgetKrw,
                           boolean hourly, int durationWeeks, String regionEn, String regionKo, boolean remote,
                           String seniority, boolean seniorityStated, String complexity, int hoursPerWeek) {

    public ProjectBrief {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(role, "role");
        if (Domains.byKey(domain).isEmpty()) {
            throw new IllegalArgumentException("unknown domain '" + domain + "'; known: " + Domains.keys());
        }
        required = List.copyOf(required);
        if (required.isEmpty()) {
            throw new IllegalArgumentException("ProjectBrief needs at least one required skill");
        }
        niceToHave = niceToHave == null ? List.of() : List.copyOf(niceToHave);
        if (budgetKrw < 0) {
            throw new IllegalArgumentException("ProjectBrief.budgetKrw must be ≥ 0, was " + budgetKrw);
        }
        if (durationWeeks < 1) {
            throw new IllegalArgumentException("ProjectBrief.durationWeeks must be ≥ 1, was " + durationWeeks);
        }
        if (!List.of("junior", "mid", "senior").contains(seniority)) {
            throw new IllegalArgumentException("ProjectBrief.seniority must be junior, mid or senior, was " + seniority);
        }
        if (!List.of("simple", "standard", "complex").contains(complexity)) {
            throw new IllegalArgumentException(
                    "ProjectBrief.complexity must be simple, standard or complex, was " + complexity);
        }
        if (hoursPerWeek < 0 || hoursPerWeek > 80) {
            throw new IllegalArgumentException("ProjectBrief.hoursPerWeek must be 0–80, was " + hoursPerWeek);
        }
    }
}
