package ai.talent.tutoring.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import ai.djl.Model;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.kt.Dkt;
import ai.talent.nn.kt.KtNetworks;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.tutoring.learning.ExerciseCatalog;
import ai.talent.tutoring.learning.LearnerState;
import ai.talent.tutoring.learning.LearningPlanner;
import ai.talent.tutoring.learning.LearningService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service's DKT, trained on simulated learners, traced online one attempt at a time as the learner store does. */
class OnlineTracingTests {

    private static DktMasteryModel trained;
    private static DktMasteryModel untrained;
    private static List<SimulatedLearners.Learner> test;

    @BeforeAll
    static void train() throws Exception {
        trained = TinyModel.load();
        Map<String, Object> shape = trained.tracer().network().hyperparameters();
        Path registry = Files.createTempDirectory("tutoring-kt-untrained-");
        try (Model model = Model.newInstance("untrained")) {
            Dkt network = (Dkt) KtNetworks.create(KtNetworks.DKT, shape);
            model.setBlock(network);
            NnEngine.get().setRandomSeed(11);
            KtNetworks.initialize(network, model.getNDManager());
            KtModels.publish(new ModelRegistry(registry), KtModels.NAME, network, trained.skills(),
                    ExerciseOffsets.none(), Map.of(), "none");
        }
        untrained = KtModels.load(new ModelRegistry(registry).loadCurrent(KtModels.NAME, null));
        test = SimulatedLearners.generate(150, 60, 500_000);
    }

    @AfterAll
    static void close() {
        untrained.close();
    }

    @Test
    void trainedModelPredictsUnseenLearnersBetterThanAnUntrainedOneCan() {
        double auc = TracingReplay.model(trained, test).auc();
        double before = TracingReplay.model(untrained, test).auc();
        double oracle = TracingReplay.oracle(test).auc();
        System.out.printf("online AUC on 150 unseen simulated learners: trained %.3f, untrained %.3f, oracle %.3f%n",
                auc, before, oracle);
        assertThat(before).isBetween(0.4, 0.6);
        assertThat(auc).isGreaterThan(before + 0.08);
        assertThat(auc).isLessThanOrEqualTo(oracle + 0.01);
    }

    @Test
    void incrementalStateEqualsRecomputationFromTheWholeHistory() {
        LearningService learning = service(trained, new ExerciseCatalog());
        SimulatedLearners.Learner learner = test.get(0);
        LearnerState state = LearnerState.empty(learner.id());
        for (SimulatedLearners.TracedAttempt a : learner.attempts()) {
            state = learning.advance(state, a.attempt(), "e");
        }
        assertThat(state.attempts()).isGreaterThan(10);
        float[] incremental = trained.mastery(state.trace()).values();
        float[] full = trained.mastery(learning.replay(state.history())).values();
        assertThat(incremental).hasSameSizeAs(full);
        for (int i = 0; i < full.length; i++) {
            assertThat((double) incremental[i]).isCloseTo(full[i], offset(1e-5));
        }
        // and the stored skills' mastery is the model's
        MasteryVector now = trained.mastery(state.trace());
        state.skills().forEach(s -> assertThat(s.mastery()).isCloseTo(now.of(s.skillId(), -1), offset(1e-6)));
    }

    @Test
    void aStateMadeByAnotherModelVersionIsRebuiltFromTheHistory() {
        LearningService byUntrained = service(untrained, new ExerciseCatalog());
        LearningService byTrained = service(trained, new ExerciseCatalog());
        SimulatedLearners.Learner learner = test.get(1);
        LearnerState state = LearnerState.empty(learner.id());
        for (SimulatedLearners.TracedAttempt a : learner.attempts()) {
            state = byUntrained.advance(state, a.attempt(), "e");
        }
        float[] rebuilt = byTrained.mastery(state).values();
        float[] direct = trained.mastery(byTrained.replay(state.history())).values();
        assertThat(rebuilt).containsExactly(direct);
    }

    @Test
    void theKeptHistoryHoldsTheLatestAttemptsUpToItsLimit() {
        LearningService learning = new LearningService(new ExerciseCatalog(), trained,
                new LearningPlanner(SkillTaxonomy.standard(), 0.8, 0.5, 3, 3), null, 3);
        LearnerState state = LearnerState.empty("l-h");
        List<SimulatedLearners.TracedAttempt> attempts = test.get(2).attempts().subList(0, 5);
        for (SimulatedLearners.TracedAttempt a : attempts) {
            state = learning.advance(state, a.attempt(), "e");
        }
        String expected = attempts.subList(2, 5).stream().map(a -> String.join(",", a.attempt().skillIds())
                + (a.attempt().correct() ? "+" : "-")).collect(java.util.stream.Collectors.joining(" "));
        assertThat(state.history()).isEqualTo(expected);
        assertThat(state.attempts()).isEqualTo(5);
    }

    static LearningService service(MasteryModel model, ExerciseCatalog exercises) {
        return new LearningService(exercises, model, new LearningPlanner(SkillTaxonomy.standard(), 0.8, 0.5, 3, 3),
                null, 1000);
    }
}
