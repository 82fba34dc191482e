package ai.talent.nn.kt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.UniformInitializer;
import ai.djl.util.PairList;
import ai.talent.nn.block.CallArrays;

/**
 * AKT's monotonic attention (Ghosh, Heffernan and Lan, KDD 2020): multi-head scaled dot-product attention whose
 * scores are damped by {@code exp(−θ·d)}, where θ is a learned per-head rate and {@code d} a context-aware
 * distance: {@code sqrt(|t − τ| · Σ attention mass on the keys between τ and t)}, computed from the undamped
 * weights without gradient. Queries and keys share one projection, as in AKT. Which keys a query sees and how
 * far they are come from the caller ({@link AttentionMask}); a query that may see no key attends to nothing (a
 * zero context). Unlike AKT, the attention weights get no dropout and the damping factor is not clamped to
 * {@code [1e-5, 1e5]} (it lies in (0, 1] anyway): each costs passes over {@code [B, heads, T, T]} arrays, which
 * dominate the training time on a CPU.
 */
final class MonotonicAttention extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int model;
    private final int heads;
    private final Linear key;
    private final Linear value;
    private final Linear output;
    private final Parameter gamma;
    private final Parameter match;

    /** @param questionMatch learn a per-head bonus for keys of the query's own question ({@link AttentionMask#sameQuestion()}) */
    MonotonicAttention(int model, int heads, boolean questionMatch) {
        super(VERSION);
        if (model % heads != 0) {
            throw new IllegalArgumentException("model width " + model + " is not a multiple of " + heads + " heads");
        }
        this.model = model;
        this.heads = heads;
        key = addChildBlock("key", Linear.builder().setUnits(model).build());
        value = addChildBlock("value", Linear.builder().setUnits(model).build());
        output = addChildBlock("output", Linear.builder().setUnits(model).build());
        // AKT draws the per-head decay parameters Xavier-uniform from a [heads, 1, 1] tensor: ±sqrt(6 / (1 + heads)).
        gamma = addParameter(Parameter.builder().setName("gamma").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(heads)).optInitializer(new UniformInitializer((float) Math.sqrt(6.0 / (1 + heads))))
                .build());
        match = questionMatch
                ? addParameter(Parameter.builder().setName("question_match").setType(Parameter.Type.WEIGHT)
                        .optShape(new Shape(heads)).optInitializer(Initializer.ZEROS).build())
                : null;
    }

    /** Projects queries or keys ({@code [B, T, model]}). */
    NDArray keys(ParameterStore store, NDArray x, boolean training) {
        return key.forward(store, new NDList(x), training).head();
    }

    /** Projects values. */
    NDArray values(ParameterStore store, NDArray x, boolean training) {
        return value.forward(store, new NDList(x), training).head();
    }

    /**
     * Attention of projected queries {@code [B, Tq, model]} over projected keys and values {@code [B, Tk, model]},
     * seeing what {@code mask} allows.
     */
    NDArray attend(ParameterStore store, NDArray q, NDArray k, NDArray v, AttentionMask mask, boolean training) {
        long b = q.getShape().get(0);
        long tq = q.getShape().get(1);
        long tk = k.getShape().get(1);
        int size = model / heads;
        NDArray context;
        if (tk == 0) {
            context = q.getManager().zeros(new Shape(b, tq, model), q.getDataType());
        } else {
            NDArray qh = q.reshape(b, tq, heads, size).transpose(0, 2, 1, 3);
            NDArray kh = k.reshape(b, tk, heads, size).transpose(0, 2, 3, 1);
            NDArray vh = v.reshape(b, tk, heads, size).transpose(0, 2, 1, 3);
            NDArray scores = qh.matMul(kh).muli(1.0 / Math.sqrt(size));
            // computed from the weights on every call: moved into the call's manager, not left in the weights'
            NDArray negativeRate = CallArrays.ofCall(q, Activation.softPlus(store.getValue(gamma, q.getDevice(),
                    training))).neg().reshape(1, heads, 1, 1);
            NDArray damped = scores.mul(decay(scores, mask, negativeRate));
            if (match != null && mask.sameQuestion() != null) {
                damped = damped.add(mask.sameQuestion().mul(CallArrays.ofCall(q,
                        store.getValue(match, q.getDevice(), training).reshape(1, heads, 1, 1))));
            }
            NDArray probs = damped.add(mask.bias()).softmax(-1);
            context = probs.matMul(vh);
            if (mask.anyKey() != null) {
                context = context.mul(mask.anyKey());
            }
            context = context.transpose(0, 2, 1, 3).reshape(b, tq, model);
        }
        return output.forward(store, new NDList(context), training).head();
    }

    /**
     * {@code exp(−θ · sqrt(|t − τ| · mass of the keys after τ))} from the undamped attention, without gradient
     * (AKT treats the distance as a constant). In-place steps keep the number of {@code [B, h, Tq, Tk]} arrays low.
     */
    private static NDArray decay(NDArray scores, AttentionMask mask, NDArray negativeRate) {
        NDArray running = scores.stopGradient().add(mask.bias()).softmax(-1).cumSum(-1);
        // mass after each key = total − running sum; the total is the last running sum (hidden keys add exact
        // zeros), so the most recent visible key gets exactly 0 and no key a negative mass
        NDArray later = running.get("..., -1:").sub(running).muli(mask.distance());
        return later.powi(0.5f).muli(negativeRate).exp();
    }

    /** Inputs: query, key and value sources, visibility, distance. */
    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray q = keys(store, inputs.get(0), training);
        NDArray k = keys(store, inputs.get(1), training);
        NDArray v = values(store, inputs.get(2), training);
        return new NDList(attend(store, q, k, v, AttentionMask.of(inputs.get(3), inputs.get(4), false), training));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = new Shape(1, model);
        key.initialize(manager, dataType, x);
        value.initialize(manager, dataType, x);
        output.initialize(manager, dataType, x);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
