package ai.talent.nn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.talent.nn.block.Heads;
import ai.talent.nn.block.Mlp;
import ai.talent.nn.block.MlpConfig;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.testing.ToyData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelTrainerTests {

    @Test
    void sameSeedGivesTheSameFinalLossAndAnotherSeedDoesNot() {
        double a = xorRun(7).finalTrainLoss();
        double b = xorRun(7).finalTrainLoss();
        double c = xorRun(8).finalTrainLoss();
        assertThat(a).isEqualTo(b);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void writesTrainingCurvesAsCsvAndPng(@TempDir Path dir) throws Exception {
        try (NDManager m = NnEngine.get().newBaseManager();
                Model model = Model.newInstance("curves")) {
            model.setBlock(new Mlp(MlpConfig.builder().hidden(8).outputs(1).build()));
            TrainingResult result = ModelTrainer.fit(model, TrainConfig.builder(new BceWithLogitsLoss()).epochs(3)
                    .reportDir(dir).runName("xor").showProgress(true).build(), ToyData.xor(m, 64, 1), ToyData.xor(m, 32, 2));

            List<String> lines = Files.readAllLines(result.curvesCsv());
            assertThat(lines).hasSize(4);
            assertThat(lines.get(0)).isEqualTo(TrainingCurves.CSV_HEADER);
            byte[] png = Files.readAllBytes(result.curvesPng());
            assertThat(png.length).isGreaterThan(1000);
            assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        }
    }

    @Test
    void earlyStoppingStopsAfterPatienceAndRestoresTheBestEpochsWeights() {
        try (NDManager m = NnEngine.get().newBaseManager();
                Model model = Model.newInstance("early")) {
            model.setBlock(Heads.regression(1));
            // A scripted metric isolates the stopping logic from training noise; it records the weights it saw.
            double[] script = {0.9, 0.5, 0.6, 0.7, 0.1, 0.1};
            List<float[]> seen = new ArrayList<>();
            ValidationMetric metric = ValidationMetric.of("scripted", false, (p, l) -> {
                seen.add(weight(model).toFloatArray());
                return script[seen.size() - 1];
            });
            TrainingResult result = ModelTrainer.fit(model, TrainConfig.builder(new MseLoss()).epochs(6).batchSize(16)
                    .optimizer(OptimizerConfig.sgd(0.05f)).metric(metric).earlyStopping(EarlyStopping.patience(2))
                    .showProgress(false).build(), ToyData.leastSquares(m, 64, 3, 3, 0.1f, 1),
                    ToyData.leastSquares(m, 16, 3, 3, 0.1f, 2));

            assertThat(result.stoppedEarly()).isTrue();
            assertThat(result.history()).hasSize(4);
            assertThat(result.bestEpoch()).isEqualTo(2);
            assertThat(result.bestMetric()).isEqualTo(0.5);
            assertThat(result.restoredBest()).isTrue();
            assertThat(seen.get(3)).isNotEqualTo(seen.get(1));
            assertThat(weight(model).toFloatArray()).containsExactly(seen.get(1));
        }
    }

    @Test
    void validationLossIsTheDefaultMetric() {
        try (NDManager m = NnEngine.get().newBaseManager();
                Model model = Model.newInstance("val")) {
            model.setBlock(Heads.regression(1));
            TrainingResult result = ModelTrainer.fit(model, TrainConfig.builder(new MseLoss()).epochs(5)
                    .optimizer(OptimizerConfig.adam(0.1f)).showProgress(false).build(),
                    ToyData.leastSquares(m, 128, 3, 3, 0.1f, 1), ToyData.leastSquares(m, 64, 3, 3, 0.1f, 2));
            EpochStats last = result.history().get(4);
            assertThat(last.validationMetric()).isEqualTo(last.validationLoss());
            assertThat(last.validationLoss()).isLessThan(result.history().get(0).validationLoss());
        }
    }

    @Test
    void nativeArraysDoNotPileUpWithTheNumberOfSteps() {
        try (NDManager m = NnEngine.get().newBaseManager();
                Model model = Model.newInstance("leak")) {
            model.setBlock(new Mlp(MlpConfig.builder().hidden(8).outputs(1).dropout(0.1f).build()));
            TensorData train = ToyData.xor(m, 128, 1);
            TensorData validation = ToyData.xor(m, 32, 2);
            TrainConfig.Builder config = TrainConfig.builder(new BceWithLogitsLoss()).batchSize(8).l1(1e-4f).clipNorm(1f)
                    .optimizer(OptimizerConfig.adamW(0.01f)).earlyStopping(EarlyStopping.patience(100)).showProgress(false);
            ModelTrainer.fit(model, config.epochs(1).build(), train, validation);
            int afterOneEpoch = model.getNDManager().getManagedArrays().size();
            int dataArrays = m.getManagedArrays().size();
            ModelTrainer.fit(model, config.epochs(10).build(), train, validation);
            // 160 more steps; a per-step leak would add hundreds of arrays
            assertThat(model.getNDManager().getManagedArrays().size()).isLessThan(afterOneEpoch + 20);
            assertThat(m.getManagedArrays().size()).isEqualTo(dataArrays);
        }
    }

    @Test
    void fineTunesWeightsLoadedFromASavedModel() throws Exception {
        try (NDManager m = NnEngine.get().newBaseManager()) {
            TensorData data = ToyData.leastSquares(m, 128, 3, 3, 0.05f, 1);
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            double trainedLoss;
            try (Model first = Model.newInstance("first")) {
                first.setBlock(Heads.regression(1));
                ModelTrainer.fit(first, TrainConfig.builder(new MseLoss()).epochs(3).batchSize(16)
                        .optimizer(OptimizerConfig.adam(0.05f)).showProgress(false).build(), data, null);
                trainedLoss = OptimizerTests.mse(first, data);
                first.getBlock().saveParameters(new DataOutputStream(saved));
            }
            try (Model second = Model.newInstance("second")) {
                second.setBlock(Heads.regression(1));
                second.getBlock().loadParameters(second.getNDManager(),
                        new DataInputStream(new ByteArrayInputStream(saved.toByteArray())));
                double before = OptimizerTests.mse(second, data);
                ModelTrainer.fit(second, TrainConfig.builder(new MseLoss()).epochs(20).batchSize(16)
                        .optimizer(OptimizerConfig.adam(0.05f)).showProgress(false).build(), data, null);
                // continued from the loaded weights (not re-initialised) and kept learning
                assertThat(before).isCloseTo(trainedLoss, within(1e-6 * trainedLoss));
                assertThat(OptimizerTests.mse(second, data)).isLessThan(before / 10);
            }
        }
    }

    private static TrainingResult xorRun(long seed) {
        try (NDManager m = NnEngine.get().newBaseManager();
                Model model = Model.newInstance("det")) {
            model.setBlock(new Mlp(MlpConfig.builder().hidden(16, 16).outputs(1).dropout(0.2f).build()));
            return ModelTrainer.fit(model, TrainConfig.builder(new BceWithLogitsLoss()).epochs(4).batchSize(32)
                    .seed(seed).showProgress(false).build(), ToyData.xor(m, 256, 1), null);
        }
    }

    private static NDArray weight(Model model) {
        for (var p : model.getBlock().getParameters()) {
            if (p.getValue().getType() == Parameter.Type.WEIGHT) {
                return p.getValue().getArray();
            }
        }
        throw new AssertionError("no weight");
    }
}
