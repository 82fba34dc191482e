package ai.talent.nn.kt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Model;
import ai.talent.nn.engine.NnEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class KtTrainerTests {

    static final SimulatedLearners SIMULATOR = new SimulatedLearners(5);
    static final SimulatedLearners.Data TRAIN = SIMULATOR.learners(40, 20, 1);
    static final SimulatedLearners.Data VALID = SIMULATOR.learners(10, 20, 2);

    @Test
    void trainingStopsAtItsTimeBudgetAndKeepsTheBestEpoch() {
        NnEngine.get();
        try (Model model = Model.newInstance("budget")) {
            model.setBlock(KnowledgeTracerTests.dkt());
            KtTrainer.Result result = KtTrainer.fit(model, Protocol.ROWS, TRAIN.sequences(), VALID.sequences(),
                    KtTrainConfig.defaults().withEpochs(50).withPatience(50).withBatchSize(16).withMaxSeconds(1e-3)
                            .withProgress(false, "budget"));
            // The first epoch always runs; after it, the next one would end past a 1 ms budget.
            assertThat(result.epochs()).hasSize(1);
            assertThat(result.bestEpoch()).isEqualTo(1);
        }
    }

    @Test
    void oneTrainingForBothProtocolsKeepsEachProtocolsBestEpochAndWeights() {
        NnEngine.get();
        try (Model model = Model.newInstance("joint")) {
            Dkt network = KnowledgeTracerTests.dktEmbedded();
            model.setBlock(network);
            KtTrainer.Result result = KtTrainer.fit(model, List.of(Protocol.ROWS, Protocol.LEAK_FREE), TRAIN.sequences(),
                    VALID.sequences(), KtTrainConfig.defaults().withEpochs(2).withPatience(2).withBatchSize(16)
                            .withProgress(false, "joint"));
            assertThat(result.best()).extracting(KtTrainer.Best::protocol).containsExactly(Protocol.ROWS, Protocol.LEAK_FREE);
            for (Protocol protocol : Protocol.values()) {
                KtTrainer.Best best = result.of(protocol);
                assertThat(best.epoch()).isBetween(1, result.epochs().size());
                KtTrainer.restore(network, best, model.getNDManager());
                // the restored weights score the protocol's validation learners as they did at its best epoch
                assertThat(KtEvaluator.score(network, VALID.sequences(), protocol, 0, model.getNDManager()).auc())
                        .isCloseTo(best.validationAuc(), within(1e-9));
            }
        }
    }

    @Test
    void theLearningRateStepsDownAfterEachEpochWithoutABetterValidationAuc() {
        NnEngine.get();
        try (Model model = Model.newInstance("plateau")) {
            model.setBlock(KnowledgeTracerTests.dkt());
            // a high rate on 40 learners: validation stops improving within a few epochs
            KtTrainer.Result result = KtTrainer.fit(model, Protocol.ROWS, TRAIN.sequences(), VALID.sequences(),
                    KtTrainConfig.defaults().withEpochs(8).withPatience(8).withBatchSize(16).withLearningRate(0.05f)
                            .withPlateauDecay(0.5f).withProgress(false, "plateau"));
            List<ai.talent.nn.train.EpochStats> epochs = result.epochs();
            assertThat(epochs.get(0).learningRate()).isCloseTo(0.05, within(1e-9));
            double best = epochs.get(0).validationMetric();
            int steps = 0;
            for (int e = 1; e < epochs.size(); e++) {
                boolean improved = e == 1 || epochs.get(e - 1).validationMetric() > best;
                best = Math.max(best, epochs.get(e - 1).validationMetric());
                double expected = epochs.get(e - 1).learningRate() * (improved ? 1 : 0.5);
                assertThat(epochs.get(e).learningRate()).as("epoch %d", e + 1).isCloseTo(expected, within(1e-9));
                steps += improved ? 0 : 1;
            }
            assertThat(steps).as("epochs after a plateau").isPositive();
        }
        assertThatThrownBy(() -> KtTrainConfig.defaults().withPlateauDecay(1.5f))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plateauDecay");
    }

    @Test
    void aNegativeTimeBudgetIsRefused() {
        assertThatThrownBy(() -> KtTrainConfig.defaults().withMaxSeconds(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSeconds");
    }
}
