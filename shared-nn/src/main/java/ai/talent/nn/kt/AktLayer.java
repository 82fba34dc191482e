package ai.talent.nn.kt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import ai.talent.nn.transformer.LayerNormalization;

/**
 * One AKT layer: monotonic attention, a residual connection from the query and LayerNorm, then (optionally)
 * a ReLU feed-forward with its own residual and LayerNorm. The attention and the rest are separate calls
 * ({@link #attention()}, {@link #finish}) so that online updates can attend over cached keys.
 */
final class AktLayer extends AbstractBlock {

    private static final byte VERSION = 1;
    private static final float NORM_EPSILON = 1e-5f;

    private final int model;
    private final float dropout;
    private final MonotonicAttention attention;
    private final LayerNormalization attentionNorm;
    private final Linear expand;
    private final Linear contract;
    private final LayerNormalization feedForwardNorm;

    AktLayer(int model, int heads, int feedForward, float dropout, boolean questionMatch) {
        super(VERSION);
        this.model = model;
        this.dropout = dropout;
        attention = addChildBlock("attention", new MonotonicAttention(model, heads, questionMatch));
        attentionNorm = addChildBlock("attention_norm", new LayerNormalization(model, NORM_EPSILON));
        if (feedForward > 0) {
            expand = addChildBlock("expand", Linear.builder().setUnits(feedForward).build());
            contract = addChildBlock("contract", Linear.builder().setUnits(model).build());
            feedForwardNorm = addChildBlock("feed_forward_norm", new LayerNormalization(model, NORM_EPSILON));
        } else {
            expand = null;
            contract = null;
            feedForwardNorm = null;
        }
    }

    MonotonicAttention attention() {
        return attention;
    }

    /** The layer's output from its query input and the attention's output for it. */
    NDArray finish(ParameterStore store, NDArray query, NDArray attended, boolean training) {
        NDArray x = attentionNorm.forward(store, new NDList(query.add(drop(attended, training))), training).head();
        if (expand == null) {
            return x;
        }
        NDArray inner = drop(Activation.relu(expand.forward(store, new NDList(x), training).head()), training);
        NDArray out = contract.forward(store, new NDList(inner), training).head();
        return feedForwardNorm.forward(store, new NDList(x.add(drop(out, training))), training).head();
    }

    /** The whole layer over a query source, key source and value source. */
    NDArray apply(ParameterStore store, NDArray query, NDArray keys, NDArray values, AttentionMask mask,
            boolean training) {
        NDArray q = attention.keys(store, query, training);
        NDArray k = query == keys ? q : attention.keys(store, keys, training);
        NDArray v = attention.values(store, values, training);
        return finish(store, query, attention.attend(store, q, k, v, mask, training), training);
    }

    private NDArray drop(NDArray x, boolean training) {
        return training && dropout > 0 ? Dropout.dropout(x, dropout, true).head() : x;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(apply(store, inputs.get(0), inputs.get(1), inputs.get(2),
                AttentionMask.of(inputs.get(3), inputs.get(4), false), training));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = new Shape(1, model);
        attention.initialize(manager, dataType, x);
        attentionNorm.initialize(manager, dataType, x);
        if (expand != null) {
            expand.initialize(manager, dataType, x);
            contract.initialize(manager, dataType, expand.getOutputShapes(new Shape[] {x}));
            feedForwardNorm.initialize(manager, dataType, x);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
