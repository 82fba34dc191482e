package ai.talent.nn.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.talent.nn.block.Heads;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.testing.ToyData;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OptimizerTests {

    static Stream<OptimizerConfig> optimizers() {
        return Stream.of(
                OptimizerConfig.sgd(0.05f),
                OptimizerConfig.sgdMomentum(0.02f, 0.9f),
                OptimizerConfig.nesterov(0.02f, 0.9f),
                OptimizerConfig.adam(0.1f),
                OptimizerConfig.adamW(0.1f),
                OptimizerConfig.rmsprop(0.05f),
                OptimizerConfig.adagrad(0.5f));
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void everyOptimizerSolvesLeastSquares(OptimizerConfig optimizer) {
        try (NDManager m = NnEngine.get().newBaseManager();
                Model model = Model.newInstance("lsq")) {
            TensorData data = ToyData.leastSquares(m, 256, 5, 5, 0.05f, 11);
            model.setBlock(Heads.regression(1));
            NnEngine.get().setRandomSeed(1);
            model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 5));
            double before = mse(model, data);

            ModelTrainer.fit(model, TrainConfig.builder(new MseLoss()).epochs(40).batchSize(32).optimizer(optimizer)
                    .showProgress(false).build(), data, null);

            assertThat(before).isGreaterThan(20);
            assertThat(mse(model, data)).as("%s: loss before %s", optimizer.kind(), before).isLessThan(before / 100);
        }
    }

    static double mse(Model model, TensorData data) {
        return new MseLoss().evaluate(data.labels(), Inference.forward(model.getBlock(), data.inputs())).getFloat();
    }
}
