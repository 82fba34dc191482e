package ai.talent.sim.text;

import java.util.List;

/**
 * What a recruiter is looking for; every field but {@code skills} may be absent (null, or false for
 * {@code remote}). {@code seniority} is "junior", "mid" or "senior"; {@code language} is a spoken-language
 * requirement ("ko", "en") and {@code domain} one of {@link MarketplaceTexts#domains()}.
 */
public record QueryIntent(List<SkillMention> skills, Role role, String regionEn, String regionKo, Long minRateKrw,
                          Long maxRateKrw, Integer minYears, String seniority, boolean remote, String domain,
                          String language) {

    public QueryIntent {
        skills = skills == null ? List.of() : List.copyOf(skills);
        if (skills.isEmpty() && role == null) {
            throw new IllegalArgumentException("QueryIntent needs at least one skill or a role");
        }
        if (minRateKrw != null && maxRateKrw != null && minRateKrw > maxRateKrw) {
            throw new IllegalArgumentException(
                    "QueryIntent rate bounds reversed: min " + minRateKrw + " > max " + maxRateKrw);
        }
        if (seniority != null && !List.of("junior", "mid", "senior").contains(seniority)) {
            throw new IllegalArgumentException(
                    "QueryIntent.seniority must be junior, mid, senior or null, was " + seniority);
        }
    }
}
