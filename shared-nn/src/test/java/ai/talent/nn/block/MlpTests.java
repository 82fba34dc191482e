package ai.talent.nn.block;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.testing.ToyData;
import ai.talent.nn.train.BceWithLogitsLoss;
import ai.talent.nn.train.Inference;
import ai.talent.nn.train.ModelTrainer;
import ai.talent.nn.train.OptimizerConfig;
import ai.talent.nn.train.SoftmaxCeLoss;
import ai.talent.nn.train.TensorData;
import ai.talent.nn.train.TrainConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MlpTests {

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void everyActivationAndNormGivesTheConfiguredOutputShape(ActivationKind activation) {
        for (NormKind norm : NormKind.values()) {
            MlpConfig config = MlpConfig.builder().hidden(8, 8, 4).outputs(3).activation(activation).norm(norm)
                    .dropout(0.1f).residual(true).build();
            Mlp mlp = new Mlp(config);
            try (NDManager m = NnEngine.get().newBaseManager()) {
                mlp.initialize(m, DataType.FLOAT32, new Shape(5, 6));
                NDArray out = Inference.forward(mlp, new NDList(m.randomNormal(new Shape(5, 6)))).singletonOrThrow();
                assertThat(out.getShape()).isEqualTo(new Shape(5, 3));
                assertThat(mlp.getOutputShapes(new Shape[] {new Shape(5, 6)})[0]).isEqualTo(new Shape(5, 3));
            }
        }
    }

    @Test
    void learnsXorWithABinaryHeadWhichAnUntrainedNetCannot() {
        try (NDManager m = NnEngine.get().newBaseManager();
                Model model = Model.newInstance("xor")) {
            TensorData train = ToyData.xor(m, 400, 1);
            TensorData test = ToyData.xor(m, 400, 2);
            model.setBlock(Heads.stack(new Mlp(MlpConfig.builder().hidden(16, 16).build()), Heads.binary()));
            NnEngine.get().setRandomSeed(1);
            model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 2));
            double untrained = accuracy(model, test);

            ModelTrainer.fit(model, TrainConfig.builder(new BceWithLogitsLoss()).epochs(40).batchSize(32)
                    .optimizer(OptimizerConfig.adam(0.02f)).showProgress(false).build(), train, null);

            assertThat(untrained).isLessThan(0.8);
            assertThat(accuracy(model, test)).isGreaterThan(0.95);
        }
    }

    @Test
    void residualLayerNormGeluWithDropoutLearnsQuadrantsWithAMultiClassHead() {
        try (NDManager m = NnEngine.get().newBaseManager();
                Model model = Model.newInstance("quadrants")) {
            TensorData train = ToyData.quadrants(m, 400, 3);
            TensorData test = ToyData.quadrants(m, 400, 4);
            MlpConfig body = MlpConfig.builder().hidden(16, 16, 16).activation(ActivationKind.GELU)
                    .norm(NormKind.LAYER).dropout(0.05f).residual(true).build();
            model.setBlock(Heads.stack(new Mlp(body), Heads.multiClass(4)));

            ModelTrainer.fit(model, TrainConfig.builder(new SoftmaxCeLoss()).epochs(30).batchSize(32)
                    .optimizer(OptimizerConfig.adam(0.01f)).showProgress(false).build(), train, null);

            NDArray logits = Inference.forward(model.getBlock(), test.inputs()).singletonOrThrow();
            assertThat(ToyData.argmaxAccuracy(logits, test.labels().head())).isGreaterThan(0.95);
        }
    }

    @Test
    void batchNormLeakyReluNetLearnsXor() {
        try (NDManager m = NnEngine.get().newBaseManager();
                Model model = Model.newInstance("xor-bn")) {
            TensorData train = ToyData.xor(m, 400, 5);
            TensorData test = ToyData.xor(m, 400, 6);
            MlpConfig config = MlpConfig.builder().hidden(16, 16).outputs(1).activation(ActivationKind.LEAKY_RELU)
                    .norm(NormKind.BATCH).build();
            model.setBlock(new Mlp(config));

            ModelTrainer.fit(model, TrainConfig.builder(new BceWithLogitsLoss()).epochs(30).batchSize(32)
                    .optimizer(OptimizerConfig.adam(0.02f)).showProgress(false).build(), train, null);

            assertThat(accuracy(model, test)).isGreaterThan(0.95);
        }
    }

    private static double accuracy(Model model, TensorData data) {
        NDArray logits = Inference.forward(model.getBlock(), data.inputs()).singletonOrThrow();
        return ToyData.binaryAccuracy(logits, data.labels().head());
    }
}
