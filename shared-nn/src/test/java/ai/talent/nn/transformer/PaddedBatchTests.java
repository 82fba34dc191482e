package ai.talent.nn.transformer;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.talent.nn.engine.NnEngine;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The encoder skips padding tokens internally; a padded batch must still equal its sentences run alone. */
class PaddedBatchTests {

    private static final long[][] IDS = {{1, 5, 9, 4, 0, 0}, {1, 7, 0, 0, 0, 0}, {1, 3, 8, 2, 6, 11}};
    private static final int[] LENGTHS = {4, 2, 6};

    private static long[][] mask() {
        long[][] mask = new long[IDS.length][IDS[0].length];
        for (int i = 0; i < IDS.length; i++) {
            for (int j = 0; j < LENGTHS[i]; j++) {
                mask[i][j] = 1;
            }
        }
        return mask;
    }

    private static NDArray forward(BertEncoder encoder, NDManager m, long[][] ids, long[][] mask, boolean training) {
        NDArray x = m.create(ids);
        return encoder.forward(new ParameterStore(m, false), new NDList(x, x.zerosLike(), m.create(mask)), training)
                .singletonOrThrow();
    }

    private static void assertEachSentenceAloneMatchesItsRowInThePaddedBatch(TransformerConfig config) {
        try (NDManager m = NnEngine.get().newBaseManager()) {
            BertEncoder encoder = PretrainedWeights.randomEncoder(config, m);
            NDArray batch = forward(encoder, m, IDS, mask(), false);
            for (int i = 0; i < IDS.length; i++) {
                long[] alone = Arrays.copyOf(IDS[i], LENGTHS[i]);
                long[] ones = new long[LENGTHS[i]];
                Arrays.fill(ones, 1);
                NDArray single = forward(encoder, m, new long[][] {alone}, new long[][] {ones}, false);
                NDArray row = batch.get(new NDIndex(i + ", 0:" + LENGTHS[i] + ", :"));
                assertThat(row.sub(single.get(0)).abs().max().getFloat()).isLessThan(1e-5f);
                assertThat(single.abs().max().getFloat()).isGreaterThan(0.1f);
                if (LENGTHS[i] < IDS[i].length) {
                    NDArray padding = batch.get(new NDIndex(i + ", " + LENGTHS[i] + ":, :"));
                    assertThat(padding.abs().max().getFloat()).isZero();
                }
            }
        }
    }

    @Test
    void realTokensOfAPaddedBatchMatchEachSentenceEncodedAlone() {
        assertEachSentenceAloneMatchesItsRowInThePaddedBatch(TransformerConfig.tiny(16, 32, 4, 2, 16));
    }

    @Test
    void causalEncoderAlsoMatchesOnPaddedBatches() {
        assertEachSentenceAloneMatchesItsRowInThePaddedBatch(TransformerConfig.tiny(16, 32, 4, 2, 16).withCausal(true));
    }

    @Test
    void gradientsFlowThroughThePaddedBatchToTheFirstLayer() {
        try (NDManager m = NnEngine.get().newBaseManager()) {
            BertEncoder encoder = PretrainedWeights.randomEncoder(TransformerConfig.tiny(16, 32, 4, 2, 16), m);
            try (GradientCollector gc = m.getEngine().newGradientCollector()) {
                NDArray h = forward(encoder, m, IDS, mask(), true);
                gc.backward(h.square().sum());
            }
            NDArray grad = encoder.layers().get(0).attention().query().weight().getArray().getGradient();
            assertThat(grad.isNaN().any().getBoolean()).isFalse();
            assertThat(grad.abs().max().getFloat()).isGreaterThan(0f);
        }
    }
}
