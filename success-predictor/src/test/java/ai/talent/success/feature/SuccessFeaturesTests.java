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
