package ai.talent.nn.transformer;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.talent.nn.engine.NnEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A 2-layer d=64 encoder must learn an order-dependent task that a bag of words cannot solve. */
class ToyTaskTrainingTests {

    private static final int LEN = 10;
    private static final int VOCAB = 12;
    private static final int BATCH = 32;

    /** [CLS] then a shuffle of tokens 2 and 3 among fillers 4..11; label 1 when 2 comes before 3. */
    private static long[][] sequences(Random rnd, int n, int[] labels) {
        long[][] ids = new long[n][LEN];
        for (int i = 0; i < n; i++) {
            ids[i][0] = 1;
            for (int j = 1; j < LEN; j++) {
                ids[i][j] = 4 + rnd.nextInt(VOCAB - 4);
            }
            int p = 1 + rnd.nextInt(LEN - 1);
            int q;
            do {
                q = 1 + rnd.nextInt(LEN - 1);
            } while (q == p);
            ids[i][p] = 2;
            ids[i][q] = 3;
            labels[i] = p < q ? 1 : 0;
        }
        return ids;
    }

    private static NDArray logits(BertEncoder enc, Dense head, NDManager m, long[][] ids, boolean training) {
        NDArray x = m.create(ids);
        ParameterStore ps = new ParameterStore(m, false);
        NDArray h = enc.forward(ps, new NDList(x, x.zerosLike(), x.onesLike()), training).singletonOrThrow();
        NDArray cls = Pooling.CLS.pool(h, null);
        return head.forward(ps, new NDList(cls), training).singletonOrThrow();
    }

    private static double accuracy(BertEncoder enc, Dense head, NDManager parent) {
        Random rnd = new Random(99);
        int[] labels = new int[512];
        long[][] ids = sequences(rnd, labels.length, labels);
        try (NDManager m = parent.newSubManager()) {
            float[] out = logits(enc, head, m, ids, false).toFloatArray();
            int correct = 0;
            for (int i = 0; i < labels.length; i++) {
                int pred = out[2 * i + 1] > out[2 * i] ? 1 : 0;
                correct += pred == labels[i] ? 1 : 0;
            }
            return correct / (double) labels.length;
        }
    }

    @Test
    void smallEncoderLearnsTokenOrderThatAnUntrainedOneCannotTell() {
        try (NDManager m = NnEngine.get().newBaseManager()) {
            m.getEngine().setRandomSeed(7);
            TransformerConfig config = TransformerConfig.tiny(VOCAB, 64, 4, 2, LEN);
            BertEncoder enc = PretrainedWeights.randomEncoder(config, m);
            Dense head = new Dense(64, 2);
            head.initialize(m, DataType.FLOAT32, new Shape(1, 64));
            double before = accuracy(enc, head, m);

            List<Parameter> params = new ArrayList<>();
            enc.getParameters().forEach(p -> params.add(p.getValue()));
            head.getParameters().forEach(p -> params.add(p.getValue()));
            Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build();
            Random rnd = new Random(1);
            int[] labels = new int[BATCH];
            for (int step = 0; step < 300; step++) {
                long[][] ids = sequences(rnd, BATCH, labels);
                try (NDManager s = m.newSubManager(); GradientCollector gc = m.getEngine().newGradientCollector()) {
                    NDArray logits = logits(enc, head, s, ids, true);
                    NDArray y = s.create(labels).toType(DataType.INT64, false);
                    NDArray loss = logits.logSoftmax(-1).mul(y.oneHot(2)).sum(new int[] {1}).mean().neg();
                    gc.backward(loss);
                }
                ParameterUpdates.step(adam, params);
            }
            double after = accuracy(enc, head, m);
            System.out.printf("toy order task accuracy: untrained %.3f, trained %.3f%n", before, after);
            assertThat(before).isLessThan(0.65);
            assertThat(after).isGreaterThan(0.9);
        }
    }
}
