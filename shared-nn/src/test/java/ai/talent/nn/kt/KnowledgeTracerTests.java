package ai.talent.nn.kt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.train.Inference;
import ai.talent.nn.registry.IncompatibleModelException;
import ai.talent.nn.registry.ModelExpectation;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.registry.ServingModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeTracerTests {

    static final SimulatedLearners SIMULATOR = new SimulatedLearners(5);
    /** Long enough to pass the span and hold multi-skill problems. */
    static final List<KtSequence> LEARNERS = SIMULATOR.learners(3, 24, 9).sequences();

    /** One-hot input, as the ASSISTments evaluation's DKT. */
    static Dkt dkt() {
        return new Dkt(new DktConfig(SimulatedLearners.SKILLS, 0, 16, 0.1f));
    }

    /** A learned input embedding in front of the LSTM. */
    static Dkt dktEmbedded() {
        return new Dkt(new DktConfig(SimulatedLearners.SKILLS, 12, 16, 0.1f));
    }

    /** A short span, so that the online state drops rows as the full pass's masks do. */
    static Akt akt() {
        return new Akt(new AktConfig(SimulatedLearners.SKILLS, SimulatedLearners.QUESTIONS, 16, 2, 24, 16, 0.1f, 7, 1e-5f, true, true));
    }

    /** A DKT and an AKT predicting together. */
    static KtEnsemble ensemble() {
        return new KtEnsemble(List.of(dktEmbedded(), akt()));
    }

    /** {@link #akt()} with problem fusion. */
    static Akt aktFused() {
        return new Akt(new AktConfig(SimulatedLearners.SKILLS, SimulatedLearners.QUESTIONS, 16, 2, 24, 16, 0.1f, 7, 1e-5f, true, true,
                true));
    }

    @Test
    void steppingDktOneAttemptAtATimePredictsWhatTheFullPassPredicts() {
        for (Protocol protocol : Protocol.values()) {
            assertOnlineEqualsFull(KnowledgeTracerTests::dkt, protocol);
            assertOnlineEqualsFull(KnowledgeTracerTests::dktEmbedded, protocol);
        }
    }

    @Test
    void steppingAktOneAttemptAtATimePredictsWhatTheFullPassPredicts() {
        for (Protocol protocol : Protocol.values()) {
            assertOnlineEqualsFull(KnowledgeTracerTests::akt, protocol);
            assertOnlineEqualsFull(KnowledgeTracerTests::aktFused, protocol);
        }
    }

    @Test
    void steppingAnEnsembleOneAttemptAtATimePredictsWhatTheFullPassPredicts() {
        for (Protocol protocol : Protocol.values()) {
            assertOnlineEqualsFull(KnowledgeTracerTests::ensemble, protocol);
        }
    }

    @Test
    void anEnsemblePredictsTheMeanOfItsMembersLogitsAndScoresAsTheirFusedScores() {
        try (NDManager manager = NnEngine.get().newBaseManager()) {
            KtEnsemble ensemble = ensemble();
            NnEngine.get().setRandomSeed(9);
            KtNetworks.initialize(ensemble, manager);
            for (Protocol protocol : Protocol.values()) {
                KtBatch batch = KtBatch.of(manager, LEARNERS.subList(0, 3), protocol, ensemble.skills(), ensemble.questions());
                float[] joint = Inference.forward(ensemble, batch.inputs()).head().toFloatArray();
                float[] dkt = Inference.forward(ensemble.members().get(0), batch.inputs()).head().toFloatArray();
                float[] akt = Inference.forward(ensemble.members().get(1), batch.inputs()).head().toFloatArray();
                for (int i = 0; i < joint.length; i++) {
                    assertThat(joint[i]).isCloseTo((dkt[i] + akt[i]) / 2, within(1e-5f));
                }
                // the evaluation's ensemble figure combines the members' scores the same way
                double[] whole = KtEvaluator.score(ensemble, LEARNERS, protocol, 0, manager).probabilities();
                double[] combined = KtScores.meanLogit(List.of(
                        KtEvaluator.score(ensemble.members().get(0), LEARNERS, protocol, 0, manager),
                        KtEvaluator.score(ensemble.members().get(1), LEARNERS, protocol, 0, manager))).probabilities();
                assertThat(combined).containsExactly(whole, within(1e-5));
            }
        }
    }

    @Test
    void anEnsembleRefusesMembersThatDisagreeOnSkills() {
        assertThatThrownBy(() -> new KtEnsemble(List.of(dkt(), new Dkt(new DktConfig(SimulatedLearners.SKILLS + 1, 0, 16, 0.1f)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("skills");
        assertThatThrownBy(() -> new KtEnsemble(List.of(dkt())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two members");
    }

    @Test
    void withFusionTheRowsOfOneProblemShareTheMeanLogitLeakFreeAndKeepTheirOwnUnderRows() {
        // rows: q5 q5 q7 q9 q9 q9 (skills 1 2 3 4 5 1); leak-free problems 0 0 1 2 2 2
        KtSequence learner = new KtSequence("l", new int[] {5, 5, 7, 9, 9, 9}, new int[] {1, 2, 3, 4, 5, 1},
                new int[] {1, 1, 0, 1, 1, 1});
        int[][] problems = {{0, 1}, {2}, {3, 4, 5}};
        for (Protocol protocol : Protocol.values()) {
            try (NDManager manager = NnEngine.get().newBaseManager()) {
                Akt plain = akt();
                NnEngine.get().setRandomSeed(6);
                KtNetworks.initialize(plain, manager);
                Akt fused = aktFused();
                NnEngine.get().setRandomSeed(6);
                KtNetworks.initialize(fused, manager);
                KtBatch batch = KtBatch.of(manager, List.of(learner), protocol, plain.skills(), plain.questions());
                float[] own = Inference.forward(plain, batch.inputs()).head().toFloatArray();
                float[] shared = Inference.forward(fused, batch.inputs()).head().toFloatArray();
                for (int[] problem : problems) {
                    double mean = 0;
                    for (int row : problem) {
                        mean += own[row] / problem.length;
                    }
                    for (int row : problem) {
                        double expected = protocol == Protocol.LEAK_FREE ? mean : own[row];
                        assertThat((double) shared[row]).as("%s row %d", protocol, row).isCloseTo(expected, within(1e-5));
                    }
                }
                // the rows of a multi-skill problem differ without fusion, so the check above has something to check
                assertThat(own[3]).isNotEqualTo(own[4]);
            }
        }
    }

    @Test
    void theRecallTermAddsTheWeightOfTheLatestVisibleResponseToTheSameQuestion() {
        // rows: q5 q5 q7 q5 q9 q9 (skills 1 2 3 1 4 5); leak-free problems 0 0 1 2 3 3
        KtSequence learner = new KtSequence("l", new int[] {5, 5, 7, 5, 9, 9}, new int[] {1, 2, 3, 1, 4, 5},
                new int[] {0, 0, 1, 1, 1, 1});
        float[] weights = {4f, -3f, 2f, -1f};   // on the logit: just before right / wrong, further back right / wrong
        // rows: row 1 sees row 0 (wrong) just before, row 3 sees row 1 (wrong) two back, row 5 sees row 4 (right) just before
        Map<Protocol, float[]> expected = Map.of(Protocol.ROWS, new float[] {0, -3, 0, -1, 0, 4},
                // leak-free: a problem's rows see earlier problems only: only row 3 (q5 again) finds row 1
                Protocol.LEAK_FREE, new float[] {0, 0, 0, -1, 0, 0});
        for (Protocol protocol : Protocol.values()) {
            try (NDManager manager = NnEngine.get().newBaseManager()) {
                Akt network = akt();
                NnEngine.get().setRandomSeed(6);
                KtNetworks.initialize(network, manager);
                KtBatch batch = KtBatch.of(manager, List.of(learner), protocol, network.skills(), network.questions());
                float[] without = Inference.forward(network, batch.inputs()).head().toFloatArray();
                float[] scaled = weights.clone();
                for (int i = 0; i < scaled.length; i++) {
                    scaled[i] /= Akt.RECALL_SCALE;
                }
                setRecall(network, scaled);
                float[] with = Inference.forward(network, batch.inputs()).head().toFloatArray();
                for (int i = 0; i < learner.length(); i++) {
                    assertThat(with[i] - without[i]).as("%s row %d", protocol, i)
                            .isCloseTo(expected.get(protocol)[i], within(1e-5f));
                }
            }
        }
    }

    /** Sets an AKT's four recall weights, before {@link Akt#RECALL_SCALE} (they start at 0, which would leave the term untested). */
    static void setRecall(KtNetwork network, float[] weights) {
        var parameter = ((Akt) network).getParameters().stream().filter(p -> p.getKey().contains("recall"))
                .findFirst().orElseThrow().getValue();
        parameter.getArray().set(weights);
    }

    @Test
    void aBatchPredictedUnderBothProtocolsAtOnceGivesEachProtocolsOwnPredictions() {
        List<Protocol> both = List.of(Protocol.ROWS, Protocol.LEAK_FREE);
        for (Supplier<KtNetwork> factory : List.<Supplier<KtNetwork>>of(KnowledgeTracerTests::dktEmbedded,
                KnowledgeTracerTests::akt)) {
            try (NDManager manager = NnEngine.get().newBaseManager()) {
                KtNetwork network = factory.get();
                NnEngine.get().setRandomSeed(3);
                KtNetworks.initialize(network, manager);
                KtBatch joint = KtBatch.of(manager, LEARNERS, both, network.skills(), network.questions());
                float[] together = Inference.forward(network, joint.inputs()).head().toFloatArray();
                int t = LEARNERS.stream().mapToInt(KtSequence::length).max().orElseThrow();
                assertThat(together).hasSize(LEARNERS.size() * 2 * t);
                for (int p = 0; p < both.size(); p++) {
                    KtBatch alone = KtBatch.of(manager, LEARNERS, both.get(p), network.skills(), network.questions());
                    float[] separate = Inference.forward(network, alone.inputs()).head().toFloatArray();
                    for (int i = 0; i < LEARNERS.size(); i++) {
                        for (int j = 0; j < LEARNERS.get(i).length(); j++) {
                            assertThat(together[(i * 2 + p) * t + j]).as("%s %s learner %d row %d", network.type(),
                                    both.get(p), i, j).isCloseTo(separate[i * t + j], within(1e-5f));
                        }
                    }
                }
            }
        }
    }

    @Test
    void aTracerPublishedToTheRegistryLoadsBackWithTheSameWeightsAndPredictions(@TempDir Path dir) throws Exception {
        for (Supplier<KtNetwork> factory : List.<Supplier<KtNetwork>>of(KnowledgeTracerTests::dkt, KnowledgeTracerTests::akt,
                KnowledgeTracerTests::ensemble)) {
            NDManager manager = NnEngine.get().newBaseManager();
            KtNetwork network = factory.get();
            NnEngine.get().setRandomSeed(4);
            KtNetworks.initialize(network, manager);
            ModelRegistry registry = new ModelRegistry(dir.resolve("registry"));
            String name = "tracer-" + network.type();
            String version = KtNetworks.publish(registry, name, network, Map.of("auc", 0.7), "simulated-seed-5");
            registry.promote(name, version);
            ServingModel<KnowledgeTracer> serving = new ServingModel<>(registry, name,
                    new ModelExpectation(network.type(), null, null), KnowledgeTracer.loader());
            serving.reload();
            try (KnowledgeTracer original = new KnowledgeTracer(network, manager);
                    KnowledgeTracer loaded = serving.current().orElseThrow().model()) {
                assertThat(loaded.network().hyperparameters()).isEqualTo(network.hyperparameters());
                assertThat(bytes(loaded.network())).isEqualTo(bytes(network));
                KtSequence learner = LEARNERS.get(0);
                KtState a = original.start();
                KtState b = loaded.start();
                for (int i = 0; i < learner.length(); i++) {
                    int[] skill = {learner.skills()[i]};
                    assertThat(loaded.predict(b, learner.questions()[i], skill))
                            .containsExactly(original.predict(a, learner.questions()[i], skill));
                    a = original.observe(a, learner.questions()[i], skill, learner.correct()[i] == 1);
                    b = loaded.observe(b, learner.questions()[i], skill, learner.correct()[i] == 1);
                }
                assertThat(loaded.mastery(b)).containsExactly(original.mastery(a));
            }
        }
    }

    @Test
    void aVersionOfAnotherModelTypeIsRefusedWhenLoading(@TempDir Path dir) {
        try (NDManager manager = NnEngine.get().newBaseManager()) {
            Dkt network = dkt();
            KtNetworks.initialize(network, manager);
            ModelRegistry registry = new ModelRegistry(dir);
            String version = KtNetworks.publish(registry, "tracer", network, Map.of(), "none");
            assertThatThrownBy(() -> registry.load("tracer", version, new ModelExpectation(KtNetworks.AKT, null, null)))
                    .isInstanceOf(IncompatibleModelException.class).hasMessageContaining("akt");
        }
    }

    @Test
    void masteryHasOneProbabilityPerSkillAndRisesWithCorrectAnswersOnThatSkill() {
        // untrained networks still read the state they are given: the check is the shape and the state's effect
        for (Supplier<KtNetwork> factory : List.<Supplier<KtNetwork>>of(KnowledgeTracerTests::dkt, KnowledgeTracerTests::akt)) {
            NDManager manager = NnEngine.get().newBaseManager();
            KtNetwork network = factory.get();
            NnEngine.get().setRandomSeed(8);
            KtNetworks.initialize(network, manager);
            try (KnowledgeTracer tracer = new KnowledgeTracer(network, manager)) {
                float[] before = tracer.mastery(tracer.start());
                assertThat(before).hasSize(SimulatedLearners.SKILLS);
                for (float p : before) {
                    assertThat(p).isBetween(0f, 1f);
                }
                KtState state = tracer.start();
                for (int i = 0; i < 5; i++) {
                    state = tracer.observe(state, 3, new int[] {3}, true);
                }
                assertThat(state.rows()).isEqualTo(5);
                assertThat(tracer.mastery(state)).isNotEqualTo(before);
            }
        }
    }

    /** Full-pass predictions (the evaluator's) against a tracer stepped through each learner's attempts. */
    private static void assertOnlineEqualsFull(Supplier<KtNetwork> factory, Protocol protocol) {
        NDManager manager = NnEngine.get().newBaseManager();
        KtNetwork network = factory.get();
        NnEngine.get().setRandomSeed(2);
        KtNetworks.initialize(network, manager);
        if (network instanceof Akt) {
            setRecall(network, new float[] {0.03f, -0.02f, 0.01f, -0.014f});
        }
        try (KnowledgeTracer tracer = new KnowledgeTracer(network, manager)) {
            for (KtSequence learner : LEARNERS) {
                double[] full = KtEvaluator.score(network, List.of(learner), protocol, 0, manager).probabilities();
                List<Float> online = new ArrayList<>();
                KtState state = tracer.start();
                for (int[] attempt : attempts(learner, protocol)) {
                    int question = learner.questions()[attempt[0]];
                    int[] skills = new int[attempt[1] - attempt[0]];
                    for (int j = 0; j < skills.length; j++) {
                        skills[j] = learner.skills()[attempt[0] + j];
                    }
                    for (float p : tracer.predict(state, question, skills)) {
                        online.add(p);
                    }
                    state = tracer.observe(state, question, skills, learner.correct()[attempt[0]] == 1);
                }
                assertThat(online).hasSize(full.length);
                for (int i = 0; i < full.length; i++) {
                    assertThat((double) online.get(i)).as("%s %s row %d", network.type(), protocol, i)
                            .isCloseTo(full[i], within(1e-4));
                }
            }
        }
    }

    /** Row ranges {@code [from, to)} fed to the tracer at once: one row each, or one problem each when leak-free. */
    private static List<int[]> attempts(KtSequence learner, Protocol protocol) {
        int[] steps = protocol.steps(learner);
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= learner.length(); i++) {
            if (i == learner.length() || steps[i] != steps[from]) {
                out.add(new int[] {from, i});
                from = i;
            }
        }
        return out;
    }

    private static byte[] bytes(KtNetwork network) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KtNetworks.save(network, out);
        return out.toByteArray();
    }

    static KtNetwork reload(KtNetwork network, NDManager manager) {
        return KtNetworks.load(network.type(), network.hyperparameters(), new ByteArrayInputStream(bytes(network)), manager);
    }
}
