package ai.talent.matching.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.talent.domain.model.BudgetType;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.matching.retrieval.HardFilters;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MatchFeaturesTests {

    private final MatchFeatures features = new MatchFeatures(new Budgets(40));

    static MatchQuery query(BudgetType type, long budget, int weeks) {
        return new MatchQuery("p-1", "Backend API", "Spring services", Language.EN,
                List.of(new SkillRequirement("java", 3), new SkillRequirement("spring", 4)),
                List.of(new SkillRequirement("kotlin", 2)), type, budget, weeks, Region.SEOUL, false, HardFilters.NONE);
    }

    static Freelancer freelancer(long rate, SkillLevel... skills) {
        return new Freelancer("f-1", "Kim", "Backend developer", "Java", Language.EN, List.of(skills),
                Money.krw(rate), Region.SEOUL, true, List.of("ko", "en"), 30, 4.8, 20, 25);
    }

    @Test
    void skillsCountByLevelAgainstTheMinimumAsked() {
        float[] x = features.of(query(BudgetType.HOURLY, 50_000, 4),
                freelancer(40_000, new SkillLevel("java", 4, 6), new SkillLevel("spring", 2, 2)), 0.5,
                FreelancerActivity.NONE, OptionalDouble.empty());
        // java 4/3 → 1, spring 2/4 → 0.5
        assertThat(x[MatchFeature.SKILL_COVERAGE.ordinal()]).isCloseTo(0.75f, within(1e-6f));
        assertThat(x[MatchFeature.REQUIRED_HELD.ordinal()]).isEqualTo(1f);
        assertThat(x[MatchFeature.NICE_TO_HAVE.ordinal()]).isZero();
        assertThat(x[MatchFeature.LEVEL_SURPLUS.ordinal()]).isCloseTo(0.125f, within(1e-6f));
        assertThat(x[MatchFeature.TEXT_SIMILARITY.ordinal()]).isEqualTo(0.5f);
        assertThat(x[MatchFeature.SUCCESS_KNOWN.ordinal()]).isZero();
    }

    @Test
    void aFixedBudgetIsSpreadOverTheWeeksBeforeTheRateIsCompared() {
        // 8,000,000 KRW over 4 weeks of 40 h = 50,000 KRW/h; a 100,000 KRW/h rate is twice that.
        float[] x = features.of(query(BudgetType.FIXED, 8_000_000, 4), freelancer(100_000), 0,
                FreelancerActivity.NONE, OptionalDouble.of(0.8));
        assertThat(x[MatchFeature.RATE_RATIO.ordinal()]).isCloseTo((float) Math.log(2), within(1e-5f));
        assertThat(x[MatchFeature.RATE_OVER_BUDGET.ordinal()]).isCloseTo((float) Math.log(2), within(1e-5f));
        assertThat(x[MatchFeature.PREDICTED_SUCCESS.ordinal()]).isCloseTo(0.3f, within(1e-6f));
        assertThat(x[MatchFeature.SUCCESS_KNOWN.ordinal()]).isEqualTo(1f);
    }

    @Test
    void aNewcomerGetsThePriorsNotZeros() {
        Freelancer newcomer = new Freelancer("f-2", "Lee", "Developer", "New", Language.KO, List.of(),
                Money.krw(30_000), Region.BUSAN, false, List.of("ko"), 40, 0, 0, 0);
        float[] x = features.of(query(BudgetType.HOURLY, 50_000, 4), newcomer, 0, FreelancerActivity.NONE,
                OptionalDouble.empty());
        assertThat(x[MatchFeature.RATING.ordinal()]).isZero();
        assertThat(x[MatchFeature.PLATFORM_SUCCESS.ordinal()]).isZero();
        assertThat(x[MatchFeature.REGION_FIT.ordinal()]).as("on-site in Seoul, freelancer in Busan").isZero();
        assertThat(x[MatchFeature.LANGUAGE_FIT.ordinal()]).as("English project, Korean only").isZero();
    }
}
