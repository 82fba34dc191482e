package ai.talent.sim.text;

import java.util.List;
import java.util.Objects;

/**
 * What a project's title and description are written from. {@code domain} is one of
 * {@link MarketplaceTexts#domains()} (or null); {@code budgetKrw} is the hourly rate when {@code hourly},
 * otherwise the fixed total.
 */
public record ProjectBrief(String category, String domain, List<SkillMention> required,
                           List<SkillMention> niceToHave, long budgetKrw, boolean hourly, int durationWeeks,
                           String regionEn, String regionKo, boolean remote) {

    public ProjectBrief {
        Objects.requireNonNull(category, "category");
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
    }
}
