package ai.talent.sim;

import ai.talent.domain.model.Nullable;
import ai.talent.domain.model.Region;
import ai.talent.domain.skill.SkillCategory;
import java.util.List;

/**
 * A recruiter query's structured intent: taxonomy skill ids (may be empty when a role is given), the role,
 * region, rate bounds (KRW/hour), minimum years, seniority ("junior", "mid", "senior"), remote, business domain
 * and required spoken language ("ko", "en"); absent constraints are null.
 */
public record QuerySpec(
        SkillCategory category,
        List<String> skillIds,
        @Nullable String roleEn,
        @Nullable Region region,
        @Nullable Long minRateKrw,
        @Nullable Long maxRateKrw,
        @Nullable Integer minYears,
        @Nullable String seniority,
        boolean remote,
        @Nullable String domain,
        @Nullable String spokenLanguage) {

    public QuerySpec {
        skillIds = List.copyOf(skillIds);
        if (skillIds.isEmpty() && roleEn == null) {
            throw new IllegalArgumentException("a query needs a skill or a role");
        }
    }
}
