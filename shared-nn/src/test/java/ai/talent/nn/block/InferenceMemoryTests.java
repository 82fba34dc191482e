package ai.talent.nn.block;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.explain.IntegratedGradients;
import ai.talent.nn.train.Inference;
import org.junit.jupiter.api.Test;

/**
 * Served models run a forward pass (and, for reasons, integrated gradients) per request on weights that live as
 * long as the service; each call's arrays must go with the call's manager. A weight-derived array left in the
 * weights' manager is native memory that grows with every request while the heap looks flat.
 */
class InferenceMemoryTests {

    static final int CALLS = 30;

    @Test
    void forwardPassesOfAnMlpLeaveNoArrayInTheWeightsManager() {
        try (NDManager weights = NnEngine.get().newBaseManager()) {
            Mlp mlp = new Mlp(MlpConfig.builder().hidden(16, 8).outputs(1).dropout(0.1f).build());
            NnEngine.get().setRandomSeed(3);
            mlp.initialize(weights, DataType.FLOAT32, new Shape(1, 6));
            assertCallsLeaveNothing(weights, () -> {
                try (NDManager call = weights.newSubManager()) {
                    Inference.forward(mlp, new NDList(call.randomNormal(new Shape(4, 6)))).head().toFloatArray();
                }
            });
        }
    }

    @Test
    void integratedGradientsLeaveNoArrayInTheWeightsManager() {
        try (NDManager weights = NnEngine.get().newBaseManager()) {
            Mlp mlp = new Mlp(MlpConfig.builder().hidden(16).outputs(1).build());
            NnEngine.get().setRandomSeed(4);
            mlp.initialize(weights, DataType.FLOAT32, new Shape(1, 5));
            IntegratedGradients ig = new IntegratedGradients(mlp, 8, IntegratedGradients.DEFAULT_RULE);
            assertCallsLeaveNothing(weights, () -> ig.explain(weights, new float[] {1, -1, 0.5f, 2, 0},
                    new float[5], 0));
        }
    }

    @Test
    void lstmSequencesLeaveNoArrayInTheWeightsManager() {
        try (NDManager weights = NnEngine.get().newBaseManager()) {
            Block lstm = new SequenceModel(SequenceConfig.dense(RecurrentCell.LSTM, 8), Heads.regression(1));
            NnEngine.get().setRandomSeed(5);
            lstm.initialize(weights, DataType.FLOAT32, new Shape(2, 5, 3));
            assertCallsLeaveNothing(weights, () -> {
                try (NDManager call = weights.newSubManager()) {
                    Inference.forward(lstm, new NDList(call.randomNormal(new Shape(2, 5, 3)))).head().toFloatArray();
                }
            });
        }
    }

    private static void assertCallsLeaveNothing(NDManager weights, Runnable call) {
        call.run();
        int before = weights.getManagedArrays().size();
        for (int i = 0; i < CALLS; i++) {
            call.run();
        }
        assertThat(weights.getManagedArrays().size()).as("arrays in the weights' manager after %d calls", CALLS)
                .isEqualTo(before);
    }
}
