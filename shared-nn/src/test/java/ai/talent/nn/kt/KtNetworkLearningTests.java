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
 * they must reach a test AUC an untrained network cannot and close most of the way from chance to the simulator's
 * oracle (for DKT, which sees skills only, the oracle that knows skills but not questions), and their per-skill
 * mastery must follow the learners' true abilities.
 */
class KtNetworkLearningTests {

    static final SimulatedLearners SIMULATOR = new SimulatedLearners(11);
    static final SimulatedLearners.Data TRAIN = SIMULATOR.learners(240, 40, 1);
    static final SimulatedLearners.Data VALID = SIMULATOR.learners(60, 40, 2);
    static final SimulatedLearners.Data TEST = SIMULATOR.learners(120, 40, 3);

    @Test
    void dktLearnsSimulatedLearnersAndItsMasteryFollowsTheirTrueAbility() {
        learns("dkt", () -> new Dkt(new DktConfig(SimulatedLearners.SKILLS, 32, 32, 0.1f)), false, 0.45);
    }

    @Test
    void aktLearnsSimulatedLearnersAndItsMasteryFollowsTheirTrueAbility() {
        learns("akt", () -> new Akt(new AktConfig(SimulatedLearners.SKILLS, SimulatedLearners.QUESTIONS, 32, 4, 64, 64,
                0.05f, 0, 1e-5f, true, true)), true, 0.55);
    }

    /**
     * @param questionAware whether the network models questions (then its oracle knows them; else the oracle knows
     *     only the skills)
     * @param minMasteryCorrelation least Spearman correlation of mastery with the true final ability
     */
    private static void learns(String name, Supplier<KtNetwork> factory, boolean questionAware,
            double minMasteryCorrelation) {
        Protocol protocol = Protocol.LEAK_FREE;
        try (Model model = Model.newInstance(name)) {
            KtNetwork network = factory.get();
            model.setBlock(network);
            NnEngine.get().setRandomSeed(3);
            KtNetworks.initialize(network, model.getNDManager());
            try (NDManager m = model.getNDManager().newSubManager()) {
                double untrained = KtEvaluator.score(network, TEST.sequences(), protocol, 0, m).auc();
                KtTrainer.Result result = KtTrainer.fit(model, protocol, TRAIN.sequences(), VALID.sequences(),
                        KtTrainConfig.defaults().withEpochs(12).withBatchSize(32).withLearningRate(3e-3f).withSparseLearningRate(0.2f).withPatience(3)
                                .withProgress(false, name));
                double trained = KtEvaluator.score(network, TEST.sequences(), protocol, 0, m).auc();
                double oracle = questionAware ? KtTestSupport.oracleAuc(TEST) : KtTestSupport.skillOracleAuc(TEST);
                double mastery = masteryCorrelation(network, m);
                System.out.printf("%s %s: test AUC untrained %.3f, trained %.3f, oracle %.3f (question-aware: %s); mastery ~ true ability: "
                        + "Spearman %.3f; best epoch %d of %d, %.1f s%n", name, protocol, untrained,
                        trained, oracle, questionAware, mastery, result.bestEpoch(), result.epochs().size(),
                        result.seconds());
                assertThat(untrained).isBetween(0.4, 0.6);
                // No model reaches the oracle: it knows every learner's true ability, a model only their few attempts.
                assertThat((trained - 0.5) / (oracle - 0.5)).as("share of the headroom to the oracle").isGreaterThan(0.6);
                assertThat(mastery).isGreaterThan(minMasteryCorrelation);
            }
        }
    }

    /**
     * Spearman correlation over (test learner, skill) of the network's mastery after the history and the true ability
     * (each learner stepped online one attempt at a time).
     */
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
