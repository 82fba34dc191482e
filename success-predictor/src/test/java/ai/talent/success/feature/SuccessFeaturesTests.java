package ai.talent.success.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.model.BudgetType;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.ProjectStatus;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuccessFeaturesTests {

    final MiniLmEmbedder embedder = SharedEncoder.miniLm();
    final SuccessFeatures features = new SuccessFeatures(FeatureSettings.defaults());

    @Test
    void theOfflineReplayAndTheOnlinePathGiveTheSameVectorForEveryContract() throws Exception {
        List<DomainEvent> events = SyntheticMarket.generate(30, 80, 5).events();
        List<ContractReplay.Contract> offline = ContractReplay.replay(events);
        List<FeatureVector> batch = ContractReplay.vectors(offline.stream().map(ContractReplay.Contract::input).toList(),
                features, embedder);

        // online: events arrive one by one; each award is answered from the state as it stands, and the state
        // records travel through JSON as they would through a state store's serde
        ObjectMapper json = new ObjectMapper();
        InMemoryFeatureState state = new InMemoryFeatureState();
        int k = 0;
        List<DomainEvent> ordered = events.stream().sorted(java.util.Comparator.comparing(DomainEvent::occurredAt))
                .toList();
        for (DomainEvent e : ordered) {
            if (e instanceof ContractAwarded awarded) {
                var c = awarded.contract();
                PredictionInput live = PredictionInput.from(state, c.projectId(), c.freelancerId(), c.agreedRate(),
                        c.id(), c.awardedAt());
                PredictionInput stored = new PredictionInput(live.project(), live.freelancer(),
                        json.readValue(json.writeValueAsString(live.track()), TrackRecord.class),
                        json.readValue(json.writeValueAsString(live.client()), ClientHistory.class),
                        json.readValue(json.writeValueAsString(live.workload()), Workload.class),
                        live.agreedRate(), live.at());
                FeatureVector online = features.vector(stored, embedder);
                assertThat(offline.get(k).contractId()).isEqualTo(c.id());
                assertThat(online.tabular()).as(c.id()).containsExactly(batch.get(k).tabular());
                assertThat(online.projectText()).containsExactly(batch.get(k).projectText(), within(1e-5f));
                assertThat(online.profileText()).containsExactly(batch.get(k).profileText(), within(1e-5f));
                k++;
            }
            StateUpdates.apply(state, e);
        }
        assertThat(k).isEqualTo(80);
        // the history did accumulate: late contracts see track records the early ones did not
        assertThat(offline.stream().filter(c -> c.input().track().finished() > 0).count()).isPositive();
        assertThat(offline.stream().filter(c -> c.input().client().finished() > 0).count()).isPositive();
    }

    @Test
    void rateAgainstBudgetReadsHourlyAndFixedBudgetsInTheirOwnUnits() {
        Freelancer f = freelancer(70_000, 0, 0);
        Project hourly = project(BudgetType.HOURLY, 50_000, 8);
        // 10,000,000 over 8 weeks at the assumed 25 hours a week is 50,000 an hour too
        Project fixed = project(BudgetType.FIXED, 10_000_000, 8);
        float[] h = tabular(hourly, f, Money.krw(60_000));
        float[] x = tabular(fixed, f, Money.krw(9_000_000));
        assertThat(h[Feature.RATE_OVER_BUDGET.ordinal()]).isCloseTo((float) Math.log(1.4), within(1e-6f));
        assertThat(x[Feature.RATE_OVER_BUDGET.ordinal()]).isCloseTo((float) Math.log(1.4), within(1e-6f));
        assertThat(h[Feature.AGREED_OVER_BUDGET.ordinal()]).isCloseTo((float) Math.log(1.2), within(1e-6f));
        assertThat(x[Feature.AGREED_OVER_BUDGET.ordinal()]).isCloseTo((float) Math.log(0.9), within(1e-6f));
        assertThat(h[Feature.HOURLY_BUDGET.ordinal()]).isEqualTo(1f);
        assertThat(x[Feature.HOURLY_BUDGET.ordinal()]).isEqualTo(0f);
    }

    @Test
    void aNewcomerGetsThePriorAndEvidenceMovesItWithGrowingReliability() {
        FeatureSettings s = FeatureSettings.defaults();
        Project p = project(BudgetType.HOURLY, 50_000, 4);
        float[] newcomer = tabular(p, freelancer(40_000, 0, 0), null);
        assertThat(newcomer[Feature.PROFILE_RATING.ordinal()]).isEqualTo((float) s.ratingPrior());
        assertThat(newcomer[Feature.TRACK_SUCCESS_RATE.ordinal()]).isEqualTo((float) s.completionPrior());
        assertThat(newcomer[Feature.TRACK_RELIABILITY.ordinal()]).isZero();

        float[] few = tabular(p, freelancer(40_000, 5.0, 2), null);
        float[] many = tabular(p, freelancer(40_000, 5.0, 50), null);
        assertThat(few[Feature.PROFILE_RATING.ordinal()]).isBetween(4.0f, 5.0f);
        assertThat(many[Feature.PROFILE_RATING.ordinal()]).isGreaterThan(few[Feature.PROFILE_RATING.ordinal()]);
        assertThat(many[Feature.PROFILE_RATING_RELIABILITY.ordinal()])
                .isGreaterThan(few[Feature.PROFILE_RATING_RELIABILITY.ordinal()]);
    }

    @Test
    void whatOnlyTheTextsStateBecomesColumns() {
        Project post = new Project("p-2", "c-1", "결제 시스템 백엔드 개발", "핀테크 스타트업입니다. 시니어 백엔드 개발자를 찾습니다. "
                + "대규모 트래픽을 감당해야 하는 복잡한 작업입니다. 주 30시간 정도 참여 가능하신 분.", Language.KO,
                List.of(new SkillRequirement("java", 3)), List.of(), BudgetType.FIXED, Money.krw(12_000_000), 8,
                LocalDate.parse("2025-03-01"), Region.SEOUL, true, ProjectStatus.OPEN);
        Freelancer senior = new Freelancer("f-2", "Lee", "Senior backend engineer in fintech",
                "I led the payments team's API rewrite and cut latency by 40%.", Language.EN,
                List.of(new SkillLevel("java", 5, 9)), Money.krw(60_000), Region.SEOUL, true, List.of("ko", "en"), 20,
                4.8, 12, 12);
        Freelancer junior = new Freelancer("f-3", "Park", "주니어 그래픽 디자이너", "쇼핑몰 배너 작업을 보조했습니다.",
                Language.KO, List.of(new SkillLevel("java", 2, 1)), Money.krw(60_000), Region.SEOUL, true,
                List.of("ko"), 40, 4.8, 12, 12);
        float[] s = tabular(post, senior, null);
        float[] j = tabular(post, junior, null);
        assertThat(s[Feature.ROLE_MATCH.ordinal()]).isEqualTo(1f);
        assertThat(j[Feature.ROLE_MATCH.ordinal()]).isEqualTo(-1f);
        assertThat(s[Feature.DOMAIN_MATCH.ordinal()]).isEqualTo(1f);
        assertThat(s[Feature.SENIORITY_X_COMPLEXITY.ordinal()]).isEqualTo(1f);
        assertThat(j[Feature.SENIORITY_X_COMPLEXITY.ordinal()]).isEqualTo(-1f);
        assertThat(j[Feature.SENIORITY_GAP.ordinal()]).isEqualTo(2f);
        assertThat(s[Feature.CRAFT_STRONG.ordinal()]).isGreaterThan(0f);
        assertThat(j[Feature.CRAFT_MODEST.ordinal()]).isGreaterThan(0f);
        // 30 hours asked, 20 offered: a third missing; the deadline (8 weeks from 1 Jan to 1 Mar) is tight
        assertThat(s[Feature.HOURS_SHORTFALL.ordinal()]).isCloseTo(1f / 3, within(1e-6f));
        assertThat(s[Feature.SHORTFALL_TIGHT.ordinal()]).isCloseTo(1f / 3, within(1e-6f));
        assertThat(j[Feature.HOURS_SHORTFALL.ordinal()]).isZero();
        // the fixed budget per hour uses the post's 30 hours: 12,000,000 / (8 × 30) = 50,000; 60,000 is 1.2×
        assertThat(s[Feature.RATE_OVER_BUDGET.ordinal()]).isCloseTo((float) Math.log(1.2), within(1e-6f));
        assertThat(s[Feature.RATE_FAR_ABOVE.ordinal()]).isZero();
    }

    @Test
    void aClientRemembersHowEachFreelancerDidForIt() {
        InMemoryFeatureState state = new InMemoryFeatureState();
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < 3; i++) {
            StateUpdates.apply(state, new ai.talent.domain.event.ContractCompleted("e-" + i, t, "k-" + i, "p-" + i,
                    "f-1", "c-1", i < 2 ? ai.talent.domain.model.ContractOutcome.COMPLETED_ON_TIME
                    : ai.talent.domain.model.ContractOutcome.CANCELLED, i < 2 ? 5 : 1, t));
        }
        ClientHistory c = state.clientHistory("c-1");
        assertThat(c.pair("f-1")).isEqualTo(new ClientHistory.PairRecord(3, 2));
        assertThat(c.pair("f-2")).isEqualTo(new ClientHistory.PairRecord(0, 0));
        PredictionInput in = new PredictionInput(project(BudgetType.HOURLY, 50_000, 4), freelancer(40_000, 0, 0),
                TrackRecord.empty("f-1"), c, Workload.empty("f-1"), null, t);
        float[] x = features.tabular(in, new float[] {1, 0}, new float[] {1, 0});
        assertThat(x[Feature.PAIR_SUCCESSES.ordinal()]).isCloseTo((float) Math.log(3), within(1e-6f));
        assertThat(x[Feature.PAIR_FAILURES.ordinal()]).isCloseTo((float) Math.log(2), within(1e-6f));
    }

    @Test
    void anUnknownProjectOrFreelancerIsNamed() {
        InMemoryFeatureState state = new InMemoryFeatureState();
        state.putProject(project(BudgetType.HOURLY, 50_000, 4));
        assertThatThrownBy(() -> PredictionInput.from(state, "p-1", "f-404", null, null, Instant.now()))
                .isInstanceOf(UnknownEntityException.class).hasMessageContaining("freelancer 'f-404'");
        assertThatThrownBy(() -> PredictionInput.from(state, "p-404", "f-1", null, null, Instant.now()))
                .isInstanceOf(UnknownEntityException.class).hasMessageContaining("project 'p-404'");
    }

    private float[] tabular(Project p, Freelancer f, Money agreed) {
        PredictionInput in = new PredictionInput(p, f, TrackRecord.empty(f.id()), ClientHistory.empty(p.clientId()),
                Workload.empty(f.id()), agreed, Instant.parse("2025-01-01T00:00:00Z"));
        return features.tabular(in, new float[] {1, 0}, new float[] {1, 0});
    }

    static Freelancer freelancer(long rate, double rating, int ratings) {
        return new Freelancer("f-1", "Kim", "Java developer", "Backend work", Language.EN,
                List.of(new SkillLevel("java", 4, 5)), Money.krw(rate), Region.SEOUL, true, List.of("ko", "en"), 40,
                rating, ratings, 3);
    }

    static Project project(BudgetType type, long budget, int weeks) {
        return new Project("p-1", "c-1", "API", "Build an API", Language.EN, List.of(new SkillRequirement("java", 3)),
                List.of(), type, Money.krw(budget), weeks, LocalDate.parse("2025-03-31"), Region.SEOUL, true,
                ProjectStatus.OPEN);
    }
}
