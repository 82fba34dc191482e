package ai.talent.nn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.talent.nn.block.Heads;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.testing.ToyData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegularizationTests {

    static final int FEATURES = 20;
    static final int INFORMATIVE = 3;

    @Test
    void l1PenaltyDrivesUninformativeWeightsTowardsZero() {
        double without = uninformativeMass(0f);
        double withL1 = uninformativeMass(0.2f);
        assertThat(without).isGreaterThan(0.1);
        assertThat(withL1).isLessThan(without * 0.3);
    }

    @Test
    void l2PenaltyShrinksTheWeights() {
        assertThat(weightNorm(0.5f)).isLessThan(weightNorm(0f) * 0.8);
    }

    @Test
    void clippingBoundsTheUpdateByTheMaximumGlobalNorm() {
        ClipRun clipped = oneHugeStep(1.0f);
        ClipRun free = oneHugeStep(0f);
        assertThat(clipped.gradientNorm()).isGreaterThan(10);
        assertThat(clipped.updateNorm()).isLessThanOrEqualTo(1.0 + 1e-4).isGreaterThan(0.99);
        // same data and initial weights: unclipped, the lr-1 step is the whole gradient
        assertThat(free.updateNorm()).isCloseTo(clipped.gradientNorm(), within(1e-2 * clipped.gradientNorm()));
    }

    record ClipRun(double gradientNorm, double updateNorm) {
    }

    /** One full-batch SGD step (lr 1) on targets scaled ×100, so the raw gradient is large. */
    private static ClipRun oneHugeStep(float clip) {
        try (NDManager m = NnEngine.get().newBaseManager();
                Model model = Model.newInstance("clip")) {
            TensorData raw = ToyData.leastSquares(m, 64, 5, 5, 0f, 3);
            TensorData data = new TensorData(raw.inputs(), new ai.djl.ndarray.NDList(raw.labels().head().mul(100)));
            model.setBlock(Heads.regression(1));
            NnEngine.get().setRandomSeed(1);
            model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 5));
            List<float[]> before = values(model);
            TrainingResult result = ModelTrainer.fit(model, TrainConfig.builder(new MseLoss()).epochs(1).batchSize(64)
                    .optimizer(OptimizerConfig.sgd(1f)).clipNorm(clip).showProgress(false).build(), data, null);
            List<float[]> after = values(model);
            double sq = 0;
            for (int i = 0; i < before.size(); i++) {
                for (int j = 0; j < before.get(i).length; j++) {
                    double d = after.get(i)[j] - before.get(i)[j];
                    sq += d * d;
                }
            }
            return new ClipRun(result.history().get(0).gradientNorm(), Math.sqrt(sq));
        }
    }

    private static double uninformativeMass(float l1) {
        float[] w = trainedWeights(l1, 0f);
        double mass = 0;
        for (int j = INFORMATIVE; j < FEATURES; j++) {
            mass += Math.abs(w[j]);
        }
        return mass;
    }

    private static double weightNorm(float l2) {
        double sq = 0;
        for (float v : trainedWeights(0f, l2)) {
            sq += v * v;
        }
        return Math.sqrt(sq);
    }

    private static float[] trainedWeights(float l1, float l2) {
        try (NDManager m = NnEngine.get().newBaseManager();
                Model model = Model.newInstance("sparse")) {
            TensorData data = ToyData.leastSquares(m, 128, FEATURES, INFORMATIVE, 1.0f, 5);
            model.setBlock(Heads.regression(1));
            // same initial weights with and without the penalty, whatever the tests before drew from the engine
            NnEngine.get().setRandomSeed(5);
            ModelTrainer.fit(model, TrainConfig.builder(new MseLoss()).epochs(200).batchSize(128)
                    .optimizer(OptimizerConfig.sgd(0.05f)).l1(l1).l2(l2).showProgress(false).build(), data, null);
            for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
                if (p.getValue().getType() == Parameter.Type.WEIGHT) {
                    return p.getValue().getArray().toFloatArray();
                }
            }
            throw new AssertionError("no weight parameter");
        }
    }

    static List<float[]> values(Model model) {
        List<float[]> out = new ArrayList<>();
        for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
            out.add(p.getValue().getArray().toFloatArray());
        }
        return out;
    }
}
