package ai.talent.sim.harness;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.model.Freelancer;
import ai.talent.sim.SimConfig;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The harness end to end on two small markets: training and test data come from different seeds and from either
 * side of the time cut, items only show what was known at their time, and every task scores a model beside the
 * references and the oracle.
 */
class ScoringHarnessTests {

    private static ScoringHarness harness;

    @BeforeAll
    static void build() {
        harness = ScoringHarness.build(new HarnessConfig(List.of(11L), List.of(12L),
                SimConfig.of(500, 500, 40, 0).withQueries(8).withAttemptsPerLearner(40), 0.8, 30, 3));
    }

    @Test
    void successItemsComeAfterTheCutAndTrainingOutcomesBeforeIt() {
        List<SuccessExample> train = harness.success().train();
        SuccessTestSet test = harness.success().tests().get(0);
        assertThat(train).isNotEmpty();
        assertThat(test.items()).isNotEmpty();
        assertThat(train).allMatch(e -> e.item().id().startsWith("s11/"));
        assertThat(test.items()).allMatch(i -> i.id().startsWith("s12/"));
        java.time.Instant firstTest = test.items().stream().map(SuccessItem::at).min(java.time.Instant::compareTo)
                .orElseThrow();
        // the history a live service would have: contracts completed (so awarded) before the cut, before any item
        assertThat(test.history()).isNotEmpty().allMatch(e -> e.item().at().isBefore(firstTest));
        Set<String> ids = new HashSet<>();
        test.items().forEach(i -> assertThat(ids.add(i.id())).isTrue());
    }

    @Test
    void theEventStreamsHoldWhatAServiceSawInEventTime() {
        SuccessTestSet test = harness.success().tests().get(0);
        Set<String> itemContracts = new HashSet<>();
        test.items().forEach(i -> itemContracts.add(i.contract().id()));
        Map<String, java.time.Instant> awardedAt = new HashMap<>();
        for (var e : test.events()) {
            if (e instanceof ai.talent.domain.event.ContractAwarded a) {
                awardedAt.put(a.contract().id(), a.occurredAt());
            }
            assertThat(e).isNotInstanceOf(ai.talent.domain.event.LearningAttempted.class);
            if (e instanceof ai.talent.domain.event.ContractCompleted c) {
                // an outcome comes after its award, so a replay that reads an item before its award never sees it
                assertThat(c.occurredAt()).isAfter(awardedAt.get(c.contractId()));
            }
        }
        assertThat(awardedAt.keySet()).containsAll(itemContracts);
        assertThat(test.events()).isSortedAccordingTo(
                java.util.Comparator.comparing(ai.talent.domain.event.DomainEvent::occurredAt));
        List<ai.talent.domain.event.DomainEvent> train = harness.success().trainEvents().get(11L);
        Set<String> completedInStream = new HashSet<>();
        train.forEach(e -> {
            if (e instanceof ai.talent.domain.event.ContractCompleted c) {
                completedInStream.add(c.contractId());
            }
        });
        assertThat(train).isNotEmpty().isSortedAccordingTo(
                java.util.Comparator.comparing(ai.talent.domain.event.DomainEvent::occurredAt));
        assertThat(harness.success().train()).allMatch(e -> completedInStream.contains(e.item().contract().id()));
    }

    @Test
    void anItemShowsTheProfileAsItStoodAtItsTime() {
        // A freelancer hired twice shows, at the later award, the record the earlier contract earned.
        Map<String, SuccessItem> firstByFreelancer = new HashMap<>();
        int grew = 0;
        List<SuccessItem> all = new java.util.ArrayList<>(harness.success().tests().get(0).items());
        harness.success().tests().get(0).history().forEach(e -> all.add(e.item()));
        all.sort(java.util.Comparator.comparing(SuccessItem::at));
        for (SuccessItem it : all) {
            SuccessItem earlier = firstByFreelancer.putIfAbsent(it.freelancer().id(), it);
            if (earlier != null) {
                assertThat(it.freelancer().ratingCount()).isGreaterThanOrEqualTo(earlier.freelancer().ratingCount());
                if (it.freelancer().ratingCount() > earlier.freelancer().ratingCount()) {
                    grew++;
                }
            }
        }
        assertThat(grew).isPositive();
    }

    @Test
    void everyTaskScoresAModelBesideTheReferencesAndTheOracle() {
        Map<String, Double> coin = new HashMap<>();
        harness.success().tests().forEach(t -> t.items().forEach(i -> coin.put(i.id(), 0.5)));
        TaskReport success = harness.success().report(Map.of("coin", coin));
        assertThat(success.systems()).containsExactly("random", "rule", "logistic", "oracle",
                SuccessTask.ORACLE_STATED, SuccessTask.ORACLE_STATED_RELIABILITY, SuccessTask.ORACLE_PROFILE, "coin");
        assertThat(success.primary("coin").value()).isEqualTo(0.5);
        assertThat(success.primary("oracle").value()).isGreaterThan(success.primary("random").value() + 0.15);
        // without its hidden terms the truth ranks worse, and worse again without the reliability too
        double stated = success.primary(SuccessTask.ORACLE_STATED).value();
        double statedReliability = success.primary(SuccessTask.ORACLE_STATED_RELIABILITY).value();
        double profile = success.primary(SuccessTask.ORACLE_PROFILE).value();
        System.out.printf("success AUC: oracle %.3f, stated + reliability %.3f, stated %.3f, profile %.3f, "
                + "logistic %.3f%n", success.primary("oracle").value(), statedReliability, stated, profile,
                success.primary("logistic").value());
        assertThat(success.primary("oracle").value()).isGreaterThan(statedReliability + 0.02);
        assertThat(statedReliability).isGreaterThan(stated + 0.02);
        assertThat(stated).isGreaterThan(success.primary("random").value() + 0.05);
        // the declared levels in place of the true ones cost little: the profile as written decides about as much
        assertThat(profile).isGreaterThan(success.primary("logistic").value()).isLessThan(statedReliability);
        Map<String, double[]> pooled = harness.success().pooledCalibration(Map.of("coin", coin));
        assertThat(pooled).containsOnlyKeys("random", "rule", "logistic", "oracle", SuccessTask.ORACLE_STATED,
                SuccessTask.ORACLE_STATED_RELIABILITY, SuccessTask.ORACLE_PROFILE, "coin");
        double[] coinEce = pooled.get("coin");
        // one bin: a constant 0.5 is off by exactly the distance from 0.5 to the share of successes
        assertThat(coinEce[0]).isGreaterThan(0.05).isBetween(coinEce[1], coinEce[2]);
        assertThat(pooled.get("oracle")[0]).isLessThan(coinEce[0]);

        Map<String, List<String>> byId = new HashMap<>();
        harness.applicants().tests().forEach(t -> t.items().forEach(i -> byId.put(i.id(),
                i.applicants().stream().map(Freelancer::id).sorted().toList())));
        TaskReport applicants = harness.applicants().report(Map.of("by-id", byId));
        assertThat(applicants.primary("oracle").value()).isGreaterThan(applicants.primary("by-id").value());
        // the interview's compatibility and noise move few hires: the fit without them ranks the hire almost as
        // well as the whole fit (measured 0.857 against 0.861), far above what the structured fields give
        double statedFit = applicants.primary(ApplicantTask.ORACLE_STATED).value();
        System.out.printf("applicants NDCG@10: oracle %.3f, stated %.3f, profile %.3f, read %.3f, logistic %.3f,"
                        + " random %.3f%n", applicants.primary("oracle").value(), statedFit,
                applicants.primary(ApplicantTask.ORACLE_PROFILE).value(),
                applicants.primary(ApplicantTask.ORACLE_READ).value(), applicants.primary("logistic").value(),
                applicants.primary("random").value());
        assertThat(statedFit).isLessThanOrEqualTo(applicants.primary("oracle").value() + 0.01);
        assertThat(statedFit).isGreaterThan(applicants.primary("logistic").value() + 0.15);
        assertThat(applicants.primary(ApplicantTask.ORACLE_PROFILE).value())
                .isGreaterThan(applicants.primary("logistic").value() + 0.15);
        // the text reader's facts lose part of what the profiles state (measured 0.722 against 0.843), and still
        // rank far above the structured fields alone
        double read = applicants.primary(ApplicantTask.ORACLE_READ).value();
        assertThat(read).isLessThan(applicants.primary(ApplicantTask.ORACLE_PROFILE).value());
        assertThat(read).isGreaterThan(applicants.primary("logistic").value() + 0.1);

        Map<String, List<String>> nothing = new HashMap<>();
        harness.search().tests().forEach(t -> t.items().forEach(i -> nothing.put(i.id(), List.of())));
        TaskReport search = harness.search().report(Map.of("nothing", nothing));
        assertThat(search.primary("nothing").value()).isZero();
        assertThat(search.primary("oracle").value()).isGreaterThan(0.7);

        TracingTask.Replay always = harness.tracing().replay(seed -> new KnowledgeTracer() {
            @Override
            public double predict(TracingQuestion question) {
                return 0.5;
            }

            @Override
            public void observe(TracingQuestion question, TracingOutcome outcome) {
            }
        });
        assertThat(always.predictions()).hasSize(harness.tracing().testItems());
        TaskReport tracing = harness.tracing().report(Map.of("half", always));
        assertThat(tracing.primary("oracle").value()).isGreaterThan(tracing.primary("logistic").value());
        assertThat(tracing.get("oracle", TaskReport.ALL, "mastery_mae").value()).isZero();
    }

    @Test
    void aTracerPredictsEachAnswerBeforeSeeingIt() {
        Set<String> predicted = new HashSet<>();
        harness.tracing().replay(seed -> new KnowledgeTracer() {
            @Override
            public double predict(TracingQuestion question) {
                assertThat(predicted.add(question.id())).isTrue();
                return 0.5;
            }

            @Override
            public void observe(TracingQuestion question, TracingOutcome outcome) {
                // every answer of a scored attempt arrives after its prediction
                assertThat(question.time()).isNotNull();
            }
        });
        assertThat(predicted).hasSize(harness.tracing().testItems());
    }

    @Test
    void aModelWithoutAPredictionForAnItemIsToldWhichOne() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> harness.success().report(Map.of("empty", Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty")
                .hasMessageContaining("s12/");
    }
}
