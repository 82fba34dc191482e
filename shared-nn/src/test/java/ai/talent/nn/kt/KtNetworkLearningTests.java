package ai.talent.nn.kt;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.eval.Correlation;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Both networks on seeded simulated learners whose true response probabilities and final abilities are known:
 * they must reach a test AUC an untrained network cannot, close to the simulator's oracle (DKT, which has no
 * question difficulties, less close), and their per-skill mastery must follow the learners' true abilities.
 */
class KtNetworkLearningTests {

    static final SimulatedLearners SIMULATOR = new SimulatedLearners(11);
    static final SimulatedLearners.Data TRAIN = SIMULATOR.learners(240, 40, 1);
    static final SimulatedLearners.Data VALID = SIMULATOR.learners(60, 40, 2);
    static final SimulatedLearners.Data TEST = SIMULATOR.learners(120, 40, 3);

    @Test
    void dktLearnsSimulatedLearnersAndItsMasteryFollowsTheirTrueAbility() {
        learns("dkt", () -> new Dkt(new DktConfig(SimulatedLearners.SKILLS, 32, 32, 0.1f)), 0.12, 0.5);
    }

    @Test
    void aktLearnsSimulatedLearnersAndItsMasteryFollowsTheirTrueAbility() {
        learns("akt", () -> new Akt(new AktConfig(SimulatedLearners.SKILLS, SimulatedLearners.QUESTIONS, 32, 4, 64, 64,
                0.05f, 0, 1e-3f, 0.1f, true)), 0.05, 0.5);
    }

    /**
     * @param belowOracle how far under the oracle's AUC the trained network may stay
     * @param minMasteryCorrelation least Spearman correlation of mastery with the true final ability
     */
    private static void learns(String name, Supplier<KtNetwork> factory, double belowOracle, double minMasteryCorrelation) {
        Protocol protocol = Protocol.LEAK_FREE;
        try (Model model = Model.newInstance(name)) {
            KtNetwork network = factory.get();
            model.setBlock(network);
            NnEngine.get().setRandomSeed(3);
            KtNetworks.initialize(network, model.getNDManager());
            try (NDManager m = model.getNDManager().newSubManager()) {
                double untrained = KtEvaluator.score(network, TEST.sequences(), protocol, 0, m).auc();
                double untrainedMastery = masteryCorrelation(network, m);
                KtTrainer.Result result = KtTrainer.fit(model, protocol, TRAIN.sequences(), VALID.sequences(),
                        KtTrainConfig.defaults().withEpochs(12).withBatchSize(32).withLearningRate(3e-3f).withPatience(3)
                                .withProgress(false, name));
                double trained = KtEvaluator.score(network, TEST.sequences(), protocol, 0, m).auc();
                double oracle = KtTestSupport.oracleAuc(TEST);
                double mastery = masteryCorrelation(network, m);
                System.out.printf("%s %s: test AUC untrained %.3f, trained %.3f, oracle %.3f; mastery ~ true ability: "
                        + "Spearman %.3f (untrained %.3f); best epoch %d of %d, %.1f s%n", name, protocol, untrained,
                        trained, oracle, mastery, untrainedMastery, result.bestEpoch(), result.epochs().size(),
                        result.seconds());
                assertThat(untrained).isBetween(0.4, 0.6);
                assertThat(trained).isGreaterThan(oracle - belowOracle);
                assertThat(mastery).isGreaterThan(minMasteryCorrelation);
            }
        }
    }

    /** Spearman correlation over (test learner, skill) of the network's mastery after the history and the true ability. */
    private static double masteryCorrelation(KtNetwork network, NDManager parent) {
        int n = TEST.sequences().size() * SimulatedLearners.SKILLS;
        double[] predicted = new double[n];
        double[] truth = new double[n];
        int at = 0;
        try (KnowledgeTracer tracer = new KnowledgeTracer(network, parent.newSubManager())) {
            for (int i = 0; i < TEST.sequences().size(); i++) {
                KtSequence learner = TEST.sequences().get(i);
                KtState state = tracer.start();
                int[] steps = Protocol.LEAK_FREE.steps(learner);
                int from = 0;
                for (int j = 1; j <= learner.length(); j++) {
                    if (j == learner.length() || steps[j] != steps[from]) {
                        int[] skills = java.util.Arrays.copyOfRange(learner.skills(), from, j);
                        state = tracer.observe(state, learner.questions()[from], skills, learner.correct()[from] == 1);
                        from = j;
                    }
                }
                float[] mastery = tracer.mastery(state);
                for (int s = 1; s <= SimulatedLearners.SKILLS; s++) {
                    predicted[at] = mastery[s - 1];
                    truth[at++] = TEST.finalAbility().get(i)[s];
                }
            }
        }
        return Correlation.spearman(predicted, truth);
    }
}
