package ai.talent.nn.kt;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class KtNetworkLearningTests {

    static final SimulatedLearners SIMULATOR = new SimulatedLearners(11);
    static final SimulatedLearners.Data TRAIN = SIMULATOR.learners(240, 40, 1);
    static final SimulatedLearners.Data VALID = SIMULATOR.learners(60, 40, 2);
    static final SimulatedLearners.Data TEST = SIMULATOR.learners(120, 40, 3);

    @Test
    void dktLearnsSimulatedLearnersToAnAucAnUntrainedOneCannotReach() {
        learns("dkt", () -> new Dkt(new DktConfig(SimulatedLearners.SKILLS, 32, 32, 0.1f)), Protocol.LEAK_FREE);
    }

    @Test
    void aktLearnsSimulatedLearnersToAnAucAnUntrainedOneCannotReach() {
        learns("akt", () -> new Akt(new AktConfig(SimulatedLearners.SKILLS, SimulatedLearners.QUESTIONS, 32, 4, 64, 64,
                0.05f, 0, 1e-5f)), Protocol.LEAK_FREE);
    }

    private static void learns(String name, Supplier<KtNetwork> factory, Protocol protocol) {
        try (Model model = Model.newInstance(name)) {
            KtNetwork network = factory.get();
            model.setBlock(network);
            NnEngine.get().setRandomSeed(3);
            KtNetworks.initialize(network, model.getNDManager());
            try (NDManager m = model.getNDManager().newSubManager()) {
                double untrained = KtEvaluator.score(network, TEST.sequences(), protocol, 0, m).auc();
                KtTrainer.Result result = KtTrainer.fit(model, protocol, TRAIN.sequences(), VALID.sequences(),
                        KtTrainConfig.defaults().withEpochs(12).withBatchSize(32).withLearningRate(3e-3f).withPatience(3)
                                .withProgress(false, name));
                double trained = KtEvaluator.score(network, TEST.sequences(), protocol, 0, m).auc();
                double oracle = KtTestSupport.oracleAuc(TEST);
                System.out.printf("%s %s: untrained AUC %.3f, trained %.3f (best epoch %d of %d, %.1f s), oracle %.3f%n",
                        name, protocol, untrained, trained, result.bestEpoch(), result.epochs().size(), result.seconds(), oracle);
                assertThat(untrained).isBetween(0.35, 0.65);
                assertThat(trained).isGreaterThan(oracle - 0.06);
            }
        }
    }
}
