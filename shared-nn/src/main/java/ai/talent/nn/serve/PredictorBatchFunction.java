package ai.talent.nn.serve;

import ai.djl.inference.Predictor;
import ai.talent.nn.engine.NnEngine;
import java.util.List;

/**
 * A DJL {@link Predictor} as a batch function: the whole micro-batch goes through the translator's
 * batchifier in one forward pass. Safe behind a {@link BatchingPredictor}, whose single worker
 * thread is the predictor's only user.
 */
public record PredictorBatchFunction<I, O>(Predictor<I, O> predictor) implements BatchFunction<I, O> {

    @Override
    public void onWorkerStart() {
        NnEngine.configureCurrentThread();
    }

    @Override
    public List<O> apply(List<I> inputs) throws Exception {
        return predictor.batchPredict(inputs);
    }
}
