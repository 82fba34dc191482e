package ai.talent.nn.explain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.talent.nn.block.ActivationKind;
import ai.talent.nn.block.Mlp;
import ai.talent.nn.block.MlpConfig;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.train.Inference;
import ai.talent.nn.train.ModelTrainer;
import ai.talent.nn.train.MseLoss;
import ai.talent.nn.train.OptimizerConfig;
import ai.talent.nn.train.TensorData;
import ai.talent.nn.train.TrainConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IntegratedGradientsTests {

    static final int FEATURES = 4;

    @Test
    void attributionsOfATrainedNonlinearMlpSumToTheOutputDifference() {
        try (NDManager m = NnEngine.get().newBaseManager();
                Model model = Model.newInstance("ig")) {
            TensorData data = nonlinear(m, 512, 1);
            model.setBlock(new Mlp(MlpConfig.builder().hidden(32, 32).outputs(1).activation(ActivationKind.TANH).build()));
            ModelTrainer.fit(model, TrainConfig.builder(new MseLoss()).epochs(40).batchSize(32)
                    .optimizer(OptimizerConfig.adam(0.01f)).showProgress(false).build(), data, null);
            double mse = new MseLoss().evaluate(data.labels(), Inference.forward(model.getBlock(), data.inputs())).getFloat();
            assertThat(mse).as("the MLP must have learned the nonlinear target").isLessThan(0.05);

            IntegratedGradients ig = new IntegratedGradients(model.getBlock(), 256, IntegrationRule.TRAPEZOID);
            Random r = new Random(3);
            float[] zeros = new float[FEATURES];
            double worst = 0;
            double smallestDelta = Double.MAX_VALUE;
            for (int k = 0; k < 12; k++) {
                float[] x = point(r);
                float[] baseline = k % 2 == 0 ? zeros : point(r);
                Attribution a = ig.explain(m, x, baseline, 0);
                double delta = a.outputAtInput() - a.outputAtBaseline();
                double error = Math.abs(a.sum() - delta);
                // within 1% of the output difference; the 1e-6 only matters where the difference is about 0
                assertThat(error).as("input %d: sum %f, f(x) - f(b) = %f", k, a.sum(), delta)
                        .isLessThanOrEqualTo(0.01 * Math.abs(delta) + 1e-6);
                worst = Math.max(worst, error / Math.abs(delta));
                smallestDelta = Math.min(smallestDelta, Math.abs(delta));
            }
            System.out.printf("integrated gradients: max relative completeness error %.2e over 12 points"
                    + " (smallest |f(x) - f(b)| %.3f)%n", worst, smallestDelta);
            // The unused fourth feature gets (almost) nothing compared with the used ones.
            Attribution a = ig.explain(m, new float[] {1f, 1f, 1f, 1f}, zeros, 0);
            assertThat((double) Math.abs(a.values()[3])).isLessThan(0.2 * Math.abs(a.values()[0]));
        }
    }

    @Test
    void everyRuleIsCompleteForALinearModel() {
        try (NDManager m = NnEngine.get().newBaseManager()) {
            Mlp linear = new Mlp(MlpConfig.builder().outputs(1).build());
            NnEngine.get().setRandomSeed(1);
            linear.initialize(m, DataType.FLOAT32, new Shape(1, FEATURES));
            for (IntegrationRule rule : IntegrationRule.values()) {
                Attribution a = new IntegratedGradients(linear, 3, rule).explain(m, new float[] {1, 2, 3, 4}, new float[FEATURES], 0);
                assertThat(a.completenessError()).as(rule.name()).isLessThan(1e-4);
            }
        }
    }

    @Test
    void explanationsOnSeveralThreadsAtOnceAgreeWithASequentialOne() throws Exception {
        try (NDManager m = NnEngine.get().newBaseManager()) {
            Mlp mlp = new Mlp(MlpConfig.builder().hidden(16).outputs(1).activation(ActivationKind.TANH).build());
            NnEngine.get().setRandomSeed(2);
            mlp.initialize(m, DataType.FLOAT32, new Shape(1, FEATURES));
            IntegratedGradients ig = new IntegratedGradients(mlp, 16, IntegrationRule.MIDPOINT);
            float[] x = {0.5f, -1f, 0.25f, 1f};
            float[] expected = ig.explain(m, x, new float[FEATURES], 0).values();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<float[]>> futures = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    futures.add(pool.submit(() -> ig.explain(m, x, new float[FEATURES], 0).values()));
                }
                for (Future<float[]> f : futures) {
                    assertThat(f.get()).containsExactly(expected);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** y = x0·x1 + sin(2·x2); x3 is noise the target ignores. */
    static TensorData nonlinear(NDManager m, int n, long seed) {
        Random r = new Random(seed);
        float[] x = new float[n * FEATURES];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            float[] p = point(r);
            System.arraycopy(p, 0, x, i * FEATURES, FEATURES);
            y[i] = (float) (p[0] * p[1] + Math.sin(2 * p[2]));
        }
        return TensorData.of(m.create(x, new Shape(n, FEATURES)), m.create(y, new Shape(n, 1)));
    }

    static float[] point(Random r) {
        float[] p = new float[FEATURES];
        for (int j = 0; j < FEATURES; j++) {
            p[j] = (float) (2 * r.nextDouble() - 1) * 1.2f;
        }
        return p;
    }
}
