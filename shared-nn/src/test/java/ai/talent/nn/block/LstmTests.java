package ai.talent.nn.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import ai.talent.nn.engine.NnEngine;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LstmTests {

    static final int HIDDEN = 12;
    static final int VOCAB = 9;
    static final int BATCH = 3;
    static final int STEPS = 7;

    @Test
    void anLstmOverIdsGivesTheOutputsAndGradientsOfTheDenseLstmOverOneHotVectorsWithTheSameWeights() {
        try (NDManager m = NnEngine.get().newBaseManager()) {
            NnEngine.get().setRandomSeed(7);
            Lstm ids = Lstm.overIds(HIDDEN, VOCAB);
            ids.initialize(m, DataType.FLOAT32, new Shape(BATCH, STEPS));
            Lstm dense = new Lstm(HIDDEN);
            dense.initialize(m, DataType.FLOAT32, new Shape(BATCH, STEPS, VOCAB));
            List<Parameter> a = ids.getParameters().values();
            List<Parameter> b = dense.getParameters().values();
            // the same model: the id table is the transpose of the one-hot input weight; biases non-trivial
            b.get(0).getArray().set(a.get(0).getArray().transpose().toFloatArray());
            for (int i = 1; i < a.size(); i++) {
                a.get(i).getArray().addi(m.randomNormal(a.get(i).getArray().getShape()).mul(0.3f));
                b.get(i).getArray().set(a.get(i).getArray().toFloatArray());
            }
            long[] tokens = new long[BATCH * STEPS];
            Random random = new Random(3);
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = random.nextInt(VOCAB);
            }
            NDArray idInput = m.create(tokens, new Shape(BATCH, STEPS));
            NDArray oneHot = idInput.oneHot(VOCAB).toType(DataType.FLOAT32, false);
            // a loss that weighs every output differently, so gradients check every position
            NDArray weights = m.randomNormal(new Shape(BATCH, STEPS, HIDDEN));

            float[] outIds = forwardAndBackward(ids, idInput, weights, m);
            float[] outDense = forwardAndBackward(dense, oneHot, weights, m);

            assertThat(outIds).containsExactly(outDense, within(1e-5f));
            float[] tableGradient = a.get(0).getArray().getGradient().toFloatArray();
            float[] inputWeightGradient = b.get(0).getArray().getGradient().transpose().toFloatArray();
            assertThat(tableGradient).containsExactly(inputWeightGradient, within(1e-5f));
            double largest = 0;
            for (float g : tableGradient) {
                largest = Math.max(largest, Math.abs(g));
            }
            assertThat(largest).as("gradients reach the id table").isGreaterThan(1e-3);
            for (int i = 1; i < a.size(); i++) {
                assertThat(a.get(i).getArray().getGradient().toFloatArray()).as(a.get(i).getName())
                        .containsExactly(b.get(i).getArray().getGradient().toFloatArray(), within(1e-5f));
            }
        }
    }

    @Test
    void steppingAnLstmOverIdsGivesTheStatesOfTheFullPass() {
        try (NDManager m = NnEngine.get().newBaseManager()) {
            NnEngine.get().setRandomSeed(9);
            Lstm lstm = Lstm.overIds(HIDDEN, VOCAB);
            lstm.initialize(m, DataType.FLOAT32, new Shape(1, STEPS));
            long[] tokens = {3, 1, 8, 0, 5, 5, 2};
            ParameterStore store = new ParameterStore(m, false);
            NDArray full = lstm.forward(store, new NDList(m.create(tokens, new Shape(1, STEPS))), false).head();
            Lstm.State state = null;
            for (int t = 0; t < STEPS; t++) {
                state = lstm.step(store, m.create(new long[] {tokens[t]}, new Shape(1)), state, false);
                assertThat(state.h().toFloatArray())
                        .containsExactly(full.get(0, t).toFloatArray(), within(1e-6f));
            }
        }
    }

    private static float[] forwardAndBackward(Lstm lstm, NDArray input, NDArray weights, NDManager m) {
        for (Parameter p : lstm.getParameters().values()) {
            p.getArray().setRequiresGradient(true);
        }
        boolean before = JniUtils.isGradMode();
        JniUtils.setGradMode(true);
        try {
            NDArray out = lstm.forward(new ParameterStore(m, false), new NDList(input), true).head();
            NDArray loss = out.mul(weights).sum();
            JniUtils.backward((PtNDArray) loss, (PtNDArray) loss.onesLike(), false, false);
            return out.toFloatArray();
        } finally {
            JniUtils.setGradMode(before);
        }
    }
}
