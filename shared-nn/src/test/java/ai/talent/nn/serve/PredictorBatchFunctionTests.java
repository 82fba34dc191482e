package ai.talent.nn.serve;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import ai.talent.nn.engine.NnEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PredictorBatchFunctionTests {

    /** A 3 -> 1 linear layer; each item's answer must equal the same item run alone. */
    @Test
    void aDjlPredictorBehindTheBatcherAnswersEachCallerWithItsOwnRow() throws Exception {
        try (Model model = Model.newInstance("linear", NnEngine.get().getEngineName())) {
            Linear block = Linear.builder().setUnits(1).build();
            model.setBlock(block);
            block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 3));
            try (Predictor<float[], Float> predictor = model.newPredictor(new VectorScoreTranslator());
                 Predictor<float[], Float> alone = model.newPredictor(new VectorScoreTranslator());
                 BatchingPredictor<float[], Float> batching = new BatchingPredictor<>("linear",
                         new PredictorBatchFunction<>(predictor), BatchingConfig.defaults().withMaxBatchSize(8)
                         .withMaxDelay(Duration.ofMillis(500)).withRequestTimeout(Duration.ofSeconds(20)))) {
                List<float[]> inputs = new ArrayList<>();
                List<CompletableFuture<Float>> answers = new ArrayList<>();
                for (int i = 0; i < 24; i++) {
                    float[] x = {i, -i / 2f, 1};
                    inputs.add(x);
                    answers.add(batching.submit(x));
                }
                for (int i = 0; i < inputs.size(); i++) {
                    assertThat(answers.get(i).get(20, TimeUnit.SECONDS))
                            .isCloseTo(alone.predict(inputs.get(i)), org.assertj.core.api.Assertions.within(1e-5f));
                }
                assertThat(batching.stats().largestBatch()).isGreaterThan(1);
            }
        }
    }
}
