package ai.talent.nn.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.train.Inference;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class BlockPersistenceTests {

    @Test
    void anMlpWithLayerNormAndResidualsReloadsToTheSameOutputs() throws Exception {
        Supplier<Block> mlp = () -> new Mlp(MlpConfig.builder().hidden(8, 8).outputs(2).norm(NormKind.LAYER)
                .activation(ActivationKind.GELU).residual(true).build());
        try (NDManager m = NnEngine.get().newBaseManager()) {
            assertRoundTrip(m, mlp, new NDList(m.randomNormal(new Shape(4, 5))), new Shape(1, 5));
        }
    }

    @Test
    void aSequenceModelOverIdsReloadsToTheSameOutputs() throws Exception {
        Supplier<Block> lstm = () -> new SequenceModel(SequenceConfig.ids(RecurrentCell.GRU, 10, 4, 6), Heads.binary());
        try (NDManager m = NnEngine.get().newBaseManager()) {
            NDList ids = new NDList(m.randomInteger(0, 10, new Shape(3, 7), DataType.INT64));
            assertRoundTrip(m, lstm, ids, new Shape(1, 7));
        }
    }

    private static void assertRoundTrip(NDManager m, Supplier<Block> factory, NDList input, Shape initShape)
            throws Exception {
        Block original = factory.get();
        original.initialize(m, DataType.FLOAT32, initShape);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        original.saveParameters(new DataOutputStream(bytes));

        Block reloaded = factory.get();
        reloaded.loadParameters(m, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        float[] expected = Inference.forward(original, input).head().toFloatArray();
        float[] actual = Inference.forward(reloaded, input).head().toFloatArray();
        // a reloaded recurrent cell may sum in another order: equal up to float rounding
        assertThat(actual).containsExactly(expected, within(1e-5f));
    }
}
