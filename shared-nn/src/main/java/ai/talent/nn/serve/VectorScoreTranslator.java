package ai.talent.nn.serve;

import ai.djl.ndarray.NDList;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;

/**
 * Translator for a scoring model: one feature vector in, one score out. STACK batchifies vectors into a
 * matrix, so a {@link PredictorBatchFunction} sends a whole micro-batch through in one forward pass.
 */
public final class VectorScoreTranslator implements Translator<float[], Float> {

    @Override
    public NDList processInput(TranslatorContext ctx, float[] input) {
        return new NDList(ctx.getNDManager().create(input));
    }

    @Override
    public Float processOutput(TranslatorContext ctx, NDList list) {
        return list.singletonOrThrow().toFloatArray()[0];
    }

    @Override
    public Batchifier getBatchifier() {
        return Batchifier.STACK;
    }
}
