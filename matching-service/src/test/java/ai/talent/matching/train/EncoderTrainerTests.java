package ai.talent.matching.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.talent.matching.text.ChunkedEncoder;
import ai.talent.matching.text.MatchEncoders;
import ai.talent.matching.text.TowerBase;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.text.ContrastiveFineTuner;
import ai.talent.nn.transformer.BertEncoder;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncoderTrainerTests {

    @Test
    void fineTuningOnHiresRaisesRetrievalRecallOnLaterProjectsOverThePretrainedEncoder() throws Exception {
        MarketHistory market = TestMarkets.market(31, 500, 700);
        PoolVectors pretrainedPool = TestMarkets.pretrainedPool(market);
        EncoderTrainingSettings settings = EncoderTrainingSettings.defaults().withSteps(40).withBatch(8, 128)
                .withLearningRate(1e-4f);
        EncoderTrainer trainer = new EncoderTrainer(TestMarkets.TEXTS, TowerBase.miniLm(), settings);
        List<ContrastiveFineTuner.Pair> pairs = trainer.pairs(List.of(market), List.of(pretrainedPool),
                TestMarkets.pretrained());
        assertThat(pairs).hasSize(market.hiredBeforeCut().size());
        assertThat(pairs).allMatch(p -> !p.hardNegatives().isEmpty());

        List<PastProject> later = market.hiredAfterCut();
        assertThat(later).hasSizeGreaterThan(50);
        double before = recall(market, later, TestMarkets.pretrained(), pretrainedPool, 20);
        try (NDManager manager = NnEngine.get().newBaseManager()) {
            BertEncoder tuned = trainer.fineTune(pairs, manager, p -> { });
            try (ChunkedEncoder fineTuned = MatchEncoders.servingCopy(tuned, TowerBase.miniLm(), "fine-tuned (test)",
                    TestMarkets.settings())) {
                PoolVectors tunedPool = PoolVectors.embed(market.freelancers(), fineTuned, TestMarkets.TEXTS, 64);
                double after = recall(market, later, fineTuned, tunedPool, 20);
                System.out.printf("fine-tuning: recall@20 of the hire on %d later projects %.3f -> %.3f%n",
                        later.size(), before, after);
                assertThat(after).isGreaterThan(before + 0.05);
            }
        }
    }

    /** Share of projects whose hire is among the {@code k} profiles nearest to the project. */
    static double recall(MarketHistory market, List<PastProject> projects, ChunkedEncoder encoder, PoolVectors pool,
                         int k) {
        float[][] vectors = encoder.embed(projects.stream().map(p -> TestMarkets.TEXTS.project(p.project())).toList());
        int hits = 0;
        for (int i = 0; i < projects.size(); i++) {
            if (pool.nearest(vectors[i], k).contains(projects.get(i).hiredId())) {
                hits++;
            }
        }
        return (double) hits / projects.size();
    }
}
