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
 * Multi-head scaled dot-product self-attention with query/key/value/output projections. Inputs: hidden
 * states {@code [B, L, H]} and an additive mask bias broadcastable to {@code [B, heads, L, L]} (0 where
 * attention is allowed, a large negative number where it is not: padding, and the future when causal).
 * Optionally, inputs 2 and 3 are a {@link TokenPacking}'s token positions and spread index, in which case the
 * hidden states are the packed real tokens {@code [T, H]} and so is the output.
 */
public final class SelfAttention extends AbstractBlock {

    private final TransformerConfig config;
    private final Dense query;
    private final Dense key;
    private final Dense value;
    private final Dense output;

    public SelfAttention(TransformerConfig config) {
        this.config = config;
        int h = config.hidden();
        query = addChildBlock("query", new Dense(h, h));
        key = addChildBlock("key", new Dense(h, h));
        value = addChildBlock("value", new Dense(h, h));
        output = addChildBlock("output", new Dense(h, h));
    }

    public Dense query() {
        return query;
    }

    public Dense key() {
        return key;
    }

    public Dense value() {
        return value;
    }

    public Dense output() {
        return output;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDArray maskBias = inputs.get(1);
        boolean packed = inputs.size() > 2;
        long b = packed ? maskBias.getShape().get(0) : x.getShape().get(0);
        long len = packed ? maskBias.getShape().get(maskBias.getShape().dimension() - 1) : x.getShape().get(1);
        int heads = config.heads();
        int d = config.headSize();
        NDArray q = project(ps, query, x, inputs, b, len, training);
        NDArray k = project(ps, key, x, inputs, b, len, training);
        NDArray v = project(ps, value, x, inputs, b, len, training);
        q = heads(q, b, len, heads, d);
        k = heads(k, b, len, heads, d);
        v = heads(v, b, len, heads, d);
        NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).muli(1.0 / Math.sqrt(d)).addi(maskBias);
        NDArray probs = scores.softmax(-1);
        NDArray context = probs.matMul(v).transpose(0, 2, 1, 3).reshape(b, len, config.hidden());
        if (packed) {
            context = TokenPacking.pack(context, inputs.get(2));
        }
        return output.forward(ps, new NDList(context), training);
    }

    /**
     * One projection in the padded {@code [B, L, H]} layout attention needs; packed inputs {@code [T, H]}
     * (inputs 2 and 3 being the token positions and the spread index) are projected before spreading.
     */
    private static NDArray project(ParameterStore ps, Dense dense, NDArray x, NDList inputs, long b, long len,
            boolean training) {
        NDArray y = dense.forward(ps, new NDList(x), training).singletonOrThrow();
        return inputs.size() > 2 ? TokenPacking.spread(y, inputs.get(3), b, len) : y;
    }

    private static NDArray heads(NDArray x, long b, long len, int heads, int d) {
        return x.reshape(b, len, heads, d).transpose(0, 2, 1, 3);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        for (Dense dense : new Dense[] {query, key, value, output}) {
            dense.initialize(manager, dataType, inputShapes[0]);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
