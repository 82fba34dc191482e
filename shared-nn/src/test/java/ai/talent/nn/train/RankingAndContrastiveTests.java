package ai.talent.nn.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.loss.Loss;
import ai.talent.nn.block.Heads;
import ai.talent.nn.block.Mlp;
import ai.talent.nn.block.MlpConfig;
import ai.talent.nn.block.TwoTower;
import ai.talent.nn.engine.NnEngine;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class RankingAndContrastiveTests {

    static final int ITEMS = 8;
    static final int FEATURES = 5;

    static Stream<Loss> rankingLosses() {
        return Stream.of(new RankNetLoss(), new ListNetLoss());
    }

    @ParameterizedTest
    @MethodSource("rankingLosses")
    void aLinearScorerLearnsToRankFromZeroPairwiseSkill(Loss loss) {
        try (NDManager m = NnEngine.get().newBaseManager();
                Model model = Model.newInstance("rank")) {
            TensorData train = lists(m, 200, 1);
            TensorData test = lists(m, 100, 2);
            model.setBlock(Heads.regression(1));
            // Zero weights score every item alike: pairwise accuracy exactly 0.5 before training.
            model.getBlock().setInitializer(Initializer.ZEROS, Parameter.Type.WEIGHT);
            NnEngine.get().setRandomSeed(1);
            model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, ITEMS, FEATURES));
            double untrained = pairwiseAccuracy(model, test);

            ModelTrainer.fit(model, TrainConfig.builder(loss).epochs(20).batchSize(16)
                    .optimizer(OptimizerConfig.adam(0.05f)).showProgress(false).build(), train, null);

            assertThat(untrained).isEqualTo(0.5);
            assertThat(pairwiseAccuracy(model, test)).isGreaterThan(0.9);
        }
    }

    @Test
    void aTwoTowerModelLearnsToMatchPairsWithInBatchNegatives() {
        try (NDManager m = NnEngine.get().newBaseManager();
                Model model = Model.newInstance("towers")) {
            TensorData train = pairs(m, 512, 1);
            TensorData test = pairs(m, 64, 2);
            model.setBlock(new TwoTower(
                    Heads.stack(new Mlp(MlpConfig.builder().hidden(32).build()), Heads.embedding(16)),
                    Heads.stack(new Mlp(MlpConfig.builder().hidden(32).build()), Heads.embedding(16))));
            NnEngine.get().setRandomSeed(1);
            model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 8), new Shape(1, 8));
            double untrained = recallAt1(model, test);

            ModelTrainer.fit(model, TrainConfig.builder(new InfoNceLoss(0.1f, true)).epochs(25).batchSize(32)
                    .optimizer(OptimizerConfig.adam(0.01f)).showProgress(false).build(), train, null);

            double chance = 1.0 / 64;
            assertThat(untrained).isLessThan(0.2);
            assertThat(recallAt1(model, test)).isGreaterThan(Math.max(0.5, 20 * chance));
            NDArray left = Inference.forward(model.getBlock(), test.inputs()).get(0);
            for (float norm : left.norm(new int[] {1}).toFloatArray()) {
                assertThat(norm).isBetween(0.999f, 1.001f);
            }
        }
    }

    /** Lists of items; relevance is a 0..3 grade of a hidden linear score. */
    static TensorData lists(NDManager m, int n, long seed) {
        Random r = new Random(seed);
        float[] w = {1.5f, -1f, 0.5f, 2f, -0.5f};
        float[] x = new float[n * ITEMS * FEATURES];
        float[] rel = new float[n * ITEMS];
        for (int i = 0; i < n * ITEMS; i++) {
            double s = 0;
            for (int j = 0; j < FEATURES; j++) {
                float v = (float) r.nextGaussian();
                x[i * FEATURES + j] = v;
                s += w[j] * v;
            }
            rel[i] = s < -1.5 ? 0 : s < 0 ? 1 : s < 1.5 ? 2 : 3;
        }
        return TensorData.of(m.create(x, new Shape(n, ITEMS, FEATURES)), m.create(rel, new Shape(n, ITEMS)));
    }

    /** Left x ~ N(0, I); right = a fixed random linear map of x plus small noise. */
    static TensorData pairs(NDManager m, int n, long seed) {
        Random fixed = new Random(99);
        float[][] a = new float[8][8];
        for (float[] row : a) {
            for (int j = 0; j < 8; j++) {
                row[j] = (float) fixed.nextGaussian();
            }
        }
        Random r = new Random(seed);
        float[] left = new float[n * 8];
        float[] right = new float[n * 8];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 8; j++) {
                left[i * 8 + j] = (float) r.nextGaussian();
            }
            for (int k = 0; k < 8; k++) {
                double s = 0;
                for (int j = 0; j < 8; j++) {
                    s += a[k][j] * left[i * 8 + j];
                }
                right[i * 8 + k] = (float) (s + 0.1 * r.nextGaussian());
            }
        }
        NDArray l = m.create(left, new Shape(n, 8));
        return new TensorData(new NDList(l, m.create(right, new Shape(n, 8))), new NDList(m.zeros(new Shape(n))));
    }

    static double pairwiseAccuracy(Model model, TensorData data) {
        float[] s = Inference.forward(model.getBlock(), data.inputs()).head().toFloatArray();
        float[] rel = data.labels().head().toFloatArray();
        double correct = 0;
        int pairs = 0;
        for (int q = 0; q < rel.length / ITEMS; q++) {
            for (int i = 0; i < ITEMS; i++) {
                for (int j = 0; j < ITEMS; j++) {
                    int a = q * ITEMS + i;
                    int b = q * ITEMS + j;
                    if (rel[a] > rel[b]) {
                        pairs++;
                        correct += s[a] > s[b] ? 1 : s[a] == s[b] ? 0.5 : 0;
                    }
                }
            }
        }
        return correct / pairs;
    }

    static double recallAt1(Model model, TensorData data) {
        NDList out = Inference.forward(model.getBlock(), data.inputs());
        long[] best = out.get(0).dot(out.get(1).transpose()).argMax(1).toLongArray();
        int hits = 0;
        for (int i = 0; i < best.length; i++) {
            hits += best[i] == i ? 1 : 0;
        }
        return (double) hits / best.length;
    }
}
