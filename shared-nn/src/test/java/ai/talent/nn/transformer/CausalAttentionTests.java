package ai.talent.nn.transformer;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.training.ParameterStore;
import ai.talent.nn.engine.NnEngine;
import org.junit.jupiter.api.Test;

class CausalAttentionTests {

    private static final long[][] BASE = {{1, 5, 9, 4, 7, 3, 8, 2}};
    private static final long[][] CHANGED_AFTER_3 = {{1, 5, 9, 4, 2, 11, 6, 10}};
    private static final int T = 3;

    private static float maxDiffUpTo(TransformerConfig config, int t, boolean upTo) {
        try (NDManager m = NnEngine.get().newBaseManager()) {
            BertEncoder encoder = PretrainedWeights.randomEncoder(config, m);
            NDArray a = run(encoder, m, BASE);
            NDArray b = run(encoder, m, CHANGED_AFTER_3);
            String range = upTo ? ":, 0:" + (t + 1) + ", :" : ":, " + (t + 1) + ":, :";
            return a.get(new NDIndex(range)).sub(b.get(new NDIndex(range))).abs().max().getFloat();
        }
    }

    private static NDArray run(BertEncoder encoder, NDManager m, long[][] ids) {
        NDArray x = m.create(ids);
        NDList in = new NDList(x, x.zerosLike(), x.onesLike());
        return encoder.forward(new ParameterStore(m, false), in, false).singletonOrThrow();
    }

    @Test
    void causalOutputAtPositionTDoesNotDependOnLaterTokens() {
        TransformerConfig causal = TransformerConfig.tiny(16, 32, 4, 2, 16).withCausal(true);
        assertThat(maxDiffUpTo(causal, T, true)).isLessThan(1e-6f);
        assertThat(maxDiffUpTo(causal, T, false)).isGreaterThan(1e-3f);
    }

    @Test
    void bidirectionalOutputAtPositionTDoesDependOnLaterTokens() {
        TransformerConfig bidirectional = TransformerConfig.tiny(16, 32, 4, 2, 16);
        assertThat(maxDiffUpTo(bidirectional, T, true)).isGreaterThan(1e-3f);
    }
}
