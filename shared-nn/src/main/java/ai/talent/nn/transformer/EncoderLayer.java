package ai.talent.nn.transformer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One post-LayerNorm Transformer encoder layer as in BERT: self-attention, residual, LayerNorm, then a GELU
 * (erf) feed-forward, residual, LayerNorm. Inputs: hidden states and the additive attention mask bias, plus
 * optionally the packing indices that {@link SelfAttention} takes when the states are packed real tokens.
 */
public final class EncoderLayer extends AbstractBlock {

    private final TransformerConfig config;
    private final SelfAttention attention;
    private final LayerNormalization attentionNorm;
    private final Dense intermediate;
    private final Dense output;
    private final LayerNormalization outputNorm;

    public EncoderLayer(TransformerConfig config) {
        this.config = config;
        attention = addChildBlock("attention", new SelfAttention(config));
        attentionNorm = addChildBlock("attentionNorm", new LayerNormalization(config.hidden(), config.layerNormEps()));
        intermediate = addChildBlock("intermediate", new Dense(config.hidden(), config.intermediate()));
        output = addChildBlock("output", new Dense(config.intermediate(), config.hidden()));
        outputNorm = addChildBlock("outputNorm", new LayerNormalization(config.hidden(), config.layerNormEps()));
    }

    public SelfAttention attention() {
        return attention;
    }

    public LayerNormalization attentionNorm() {
        return attentionNorm;
    }

    public Dense intermediate() {
        return intermediate;
    }

    public Dense output() {
        return output;
    }

    public LayerNormalization outputNorm() {
        return outputNorm;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDArray attended = attention.forward(ps, inputs, training).singletonOrThrow();
        NDArray h = attentionNorm.forward(ps, new NDList(attended.addi(x)), training).singletonOrThrow();
        NDArray inner = intermediate.forward(ps, new NDList(h), training).singletonOrThrow();
        NDArray activated = inner.getNDArrayInternal().gelu();
        NDArray out = output.forward(ps, new NDList(activated), training).singletonOrThrow();
        return outputNorm.forward(ps, new NDList(out.addi(h)), training);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape s = inputShapes[0];
        Shape inner = new Shape(s.get(0), s.get(1), config.intermediate());
        attention.initialize(manager, dataType, inputShapes);
        attentionNorm.initialize(manager, dataType, s);
        intermediate.initialize(manager, dataType, s);
        output.initialize(manager, dataType, inner);
        outputNorm.initialize(manager, dataType, s);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
