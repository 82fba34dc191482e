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
import ai.talent.domain.text.TextSignals;
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

    @Test
    void theWordsOfThePostAndTheProfileGiveRoleDomainSeniorityCraftAndHours() {
        MatchQuery post = new MatchQuery("p-2", "핀테크 결제 백엔드 개발자 (시니어)",
                "대규모 트래픽을 처리하는 복잡한 결제 시스템입니다. 주 30시간 참여 가능하신 분.", Language.KO,
                List.of(new SkillRequirement("java", 3)), List.of(), BudgetType.FIXED, 9_600_000, 8, Region.SEOUL,
                false, HardFilters.NONE);
        Freelancer senior = new Freelancer("f-3", "Park", "시니어 백엔드 개발자", "핀테크 결제 서비스를 주도했고 응답 시간을 40% 단축했습니다.",
                Language.KO, List.of(new SkillLevel("java", 4, 9)), Money.krw(40_000), Region.SEOUL, false,
                List.of("ko"), 20, 4.8, 20, 25);
        Freelancer junior = new Freelancer("f-4", "Choi", "Junior game developer", "Helped with level design for mobile games.",
                Language.EN, List.of(new SkillLevel("java", 3, 1)), Money.krw(60_000), Region.BUSAN, false,
                List.of("ko"), 40, 4.8, 20, 25);
        float[] s = features.of(post, senior, 0, FreelancerActivity.NONE, OptionalDouble.empty());
        float[] j = features.of(post, junior, 0, FreelancerActivity.NONE, OptionalDouble.empty());

        assertThat(s[MatchFeature.ROLE_MATCH.ordinal()]).isEqualTo(1f);
        assertThat(j[MatchFeature.ROLE_MATCH.ordinal()]).as("a game developer for a backend post").isEqualTo(-1f);
        assertThat(s[MatchFeature.DOMAIN_MATCH.ordinal()]).isEqualTo(1f);
        assertThat(j[MatchFeature.DOMAIN_MATCH.ordinal()]).isEqualTo(-1f);
        assertThat(s[MatchFeature.COMPLEXITY.ordinal()]).isEqualTo(1f);
        assertThat(s[MatchFeature.SENIORITY_X_COMPLEXITY.ordinal()]).isEqualTo(1f);
        assertThat(j[MatchFeature.SENIORITY_X_COMPLEXITY.ordinal()]).isEqualTo(-1f);
        assertThat(s[MatchFeature.SENIORITY_GAP.ordinal()]).isZero();
        assertThat(j[MatchFeature.SENIORITY_GAP.ordinal()]).as("senior asked, junior offered").isEqualTo(2f);
        assertThat(s[MatchFeature.CRAFT_STRONG.ordinal()]).as("led, measured, shortened").isGreaterThan(1f);
        assertThat(j[MatchFeature.CRAFT_MODEST.ordinal()]).isGreaterThan(0f);

        // the same columns from signals stored at upsert as from the texts; stored signals are what is read
        TextSignals signals = TextSignals.standard();
        String postSignals = signals.encode(signals.post(post.title(), post.description()));
        assertThat(features.of(post, postSignals, senior, signals.encode(signals.readProfile(senior)), 0,
                FreelancerActivity.NONE, OptionalDouble.empty())).containsExactly(s);
        assertThat(features.of(post, postSignals, senior, signals.encode(signals.readProfile(junior)), 0,
                FreelancerActivity.NONE, OptionalDouble.empty())[MatchFeature.ROLE_MATCH.ordinal()])
                .as("the junior's stored signals on the senior's record").isEqualTo(-1f);
        // 30 hours asked: 20 offered misses a third, 40 miss nothing.
        assertThat(s[MatchFeature.HOURS_SHORTFALL.ordinal()]).isCloseTo(1f / 3, within(1e-6f));
        assertThat(j[MatchFeature.HOURS_SHORTFALL.ordinal()]).isZero();
        // 9,600,000 KRW over 8 weeks at the 30 hours the post names = 40,000 KRW/h (not 30,000 at 40 h).
        assertThat(s[MatchFeature.RATE_RATIO.ordinal()]).isCloseTo(0f, within(1e-5f));
        assertThat(j[MatchFeature.RATE_FAR_ABOVE.ordinal()]).as("1.5 times the budget").isEqualTo(1f);
        assertThat(s[MatchFeature.RATE_FAR_ABOVE.ordinal()] + s[MatchFeature.RATE_FAR_BELOW.ordinal()]).isZero();
        assertThat(s[MatchFeature.PLACE_FAR.ordinal()]).isZero();
        assertThat(j[MatchFeature.PLACE_FAR.ordinal()]).as("on-site in Seoul, in Busan, not remote").isEqualTo(1f);
    }

    @Test
    void aPostOrProfileThatStatesNothingReadsAsUnknownNotAsAMismatch() {
        MatchQuery adHoc = new MatchQuery(null, null, null, null, List.of(new SkillRequirement("java", 3)), null,
                BudgetType.HOURLY, 50_000, 4, null, false, HardFilters.NONE);
        float[] x = features.of(adHoc, freelancer(50_000, new SkillLevel("java", 3, 4)), 0, FreelancerActivity.NONE,
                OptionalDouble.empty());
        assertThat(x[MatchFeature.ROLE_MATCH.ordinal()]).isZero();
        assertThat(x[MatchFeature.DOMAIN_MATCH.ordinal()]).isZero();
        assertThat(x[MatchFeature.COMPLEXITY.ordinal()]).isZero();
        assertThat(x[MatchFeature.SENIORITY_GAP.ordinal()]).isZero();
        assertThat(x[MatchFeature.HOURS_SHORTFALL.ordinal()]).isZero();
        assertThat(x[MatchFeature.PLACE_FAR.ordinal()]).isZero();
    }
}
