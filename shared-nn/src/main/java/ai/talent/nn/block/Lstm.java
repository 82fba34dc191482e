package ai.talent.nn.block;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.UniformInitializer;
import ai.djl.util.PairList;

/**
 * One batch-first LSTM layer written with plain tensor operations (matrix product, sigmoid, tanh), with
 * PyTorch's equations, gate order (input, forget, cell, output), weight layout and initialisation.
 *
 * <p>Why not DJL's {@code LSTM} block: on the PyTorch engine it calls {@code torch::lstm}, which on a CPU
 * with AVX-512 runs oneDNN's fused LSTM kernel, and PyTorch 2.7.1's kernel returns wrong outputs there for
 * most hidden sizes (2, 16, 48, 100, 200 ... wrong; 24, 32, 64, 128 right; differences up to 1.3 on a
 * unit scale, measured on this project's AMD EPYC; capping oneDNN at AVX2 with {@code ONEDNN_MAX_CPU_ISA}
 * makes them right). A model trained through it learns from outputs that do not follow its own
 * gradients and gets worse with more training. This layer never reaches that kernel.
 *
 * <p>Inputs: {@code x [B, T, F]}, optionally followed by an initial state {@code h [B, H]}, {@code c [B, H]}
 * (zeros when absent). Outputs: every step's hidden state {@code [B, T, H]}, then the final {@code h} and
 * {@code c}. {@link #step} advances a carried state by one input, for online use: stepping through a
 * sequence gives exactly the states of the full forward pass.
 *
 * <p>{@link #overIds} makes a layer whose input is one-hot over {@code vocabulary} ids, given as the ids
 * ({@code [B, T]} int64; {@code [B]} for a step). A one-hot input times {@code W_ih} is a row of {@code W_ih}'s
 * transpose, so the input projection becomes a table lookup ({@code weight_ih} is stored as
 * {@code [vocabulary, 4·H]}): the same model as PyTorch's LSTM over one-hot vectors, without the
 * {@code [B·T, vocabulary] × [vocabulary, 4·H]} product and its backward, about half of a step's arithmetic when the
 * vocabulary is as wide as the state.
 */
public final class Lstm extends AbstractBlock {

    private static final byte VERSION = 1;
    private static final int GATES = 4;

    private final int hidden;
    /** 0 for a dense input; else the number of ids of a one-hot input. */
    private final int vocabulary;
    private final Parameter inputWeight;
    private final Parameter recurrentWeight;
    private final Parameter inputBias;
    private final Parameter recurrentBias;

    public Lstm(int hidden) {
        this(hidden, 0);
    }

    /** A layer over one-hot inputs given as ids in {@code [0, vocabulary)}. */
    public static Lstm overIds(int hidden, int vocabulary) {
        if (vocabulary <= 0) {
            throw new IllegalArgumentException("LSTM id vocabulary must be positive, got " + vocabulary);
        }
        return new Lstm(hidden, vocabulary);
    }

    private Lstm(int hidden, int vocabulary) {
        super(VERSION);
        if (hidden <= 0) {
            throw new IllegalArgumentException("LSTM hidden size must be positive, got " + hidden);
        }
        this.hidden = hidden;
        this.vocabulary = vocabulary;
        // PyTorch's nn.LSTM initialisation: every weight and bias uniform in ±1/sqrt(hidden).
        UniformInitializer uniform = new UniformInitializer((float) (1.0 / Math.sqrt(hidden)));
        inputWeight = addParameter(Parameter.builder().setName("weight_ih").setType(Parameter.Type.WEIGHT)
                .optInitializer(uniform).build());
        recurrentWeight = addParameter(Parameter.builder().setName("weight_hh").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(GATES * hidden, hidden)).optInitializer(uniform).build());
        inputBias = addParameter(Parameter.builder().setName("bias_ih").setType(Parameter.Type.BIAS)
                .optShape(new Shape(GATES * hidden)).optInitializer(uniform).build());
        recurrentBias = addParameter(Parameter.builder().setName("bias_hh").setType(Parameter.Type.BIAS)
                .optShape(new Shape(GATES * hidden)).optInitializer(uniform).build());
    }

    public int hidden() {
        return hidden;
    }

    /** Whether the input is ids of a one-hot input rather than dense vectors. */
    public boolean readsIds() {
        return vocabulary > 0;
    }

    /** A layer's hidden and cell state, each {@code [B, H]}. */
    public record State(NDArray h, NDArray c) {
    }

    @Override
    public void prepare(Shape[] inputShapes) {
        Shape x = inputShapes[0];
        inputWeight.setShape(readsIds()
                ? new Shape(vocabulary, GATES * hidden)
                : new Shape(GATES * hidden, x.get(x.dimension() - 1)));
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        Weights w = weights(store, x, training);
        long batch = x.getShape().get(0);
        long steps = x.getShape().get(1);
        State state = inputs.size() >= 3
                ? new State(inputs.get(1), inputs.get(2))
                : zeroState(x, batch);
        // One product for every step's input projection; only the recurrent product stays in the loop. The
        // projection is split into steps with one split, not indexed step by step: the backward pass of an index
        // writes a gradient the size of the whole projection for every step (quadratic in the length).
        NDList projected = steps == 0 ? new NDList() : project(x, w).split(steps, 1);
        NDList outputs = new NDList((int) steps);
        for (int t = 0; t < steps; t++) {
            state = cell(projected.get(t).reshape(batch, GATES * hidden), state, w.recurrentT());
            outputs.add(state.h());
        }
        NDArray all = steps == 0
                ? x.getManager().zeros(new Shape(batch, 0, hidden), w.bias().getDataType())
                : NDArrays.stack(outputs, 1);
        return new NDList(all, state.h(), state.c());
    }

    /**
     * Advances {@code state} by one input {@code x [B, F]} (ids {@code [B]} for {@link #overIds}); a null state
     * starts from zeros. The new state's arrays live in {@code x}'s manager.
     */
    public State step(ParameterStore store, NDArray x, State state, boolean training) {
        Weights w = weights(store, x, training);
        State from = state == null ? zeroState(x, x.getShape().get(0)) : state;
        return cell(project(x, w), from, w.recurrentT());
    }

    /** A zero state for {@code batch} sequences, in {@code like}'s manager. */
    public State zeroState(NDArray like, long batch) {
        Shape shape = new Shape(batch, hidden);
        DataType type = like.getDataType().isFloating() ? like.getDataType() : DataType.FLOAT32;
        return new State(like.getManager().zeros(shape, type), like.getManager().zeros(shape, type));
    }

    /** {@code x W_ih^T + b_ih + b_hh} for every step: a product for dense inputs, a lookup for ids. */
    private NDArray project(NDArray x, Weights w) {
        if (!readsIds()) {
            return x.matMul(w.inputT()).addi(w.bias());
        }
        NDArray ids = x.getDataType() == DataType.INT64 ? x : x.toType(DataType.INT64, false);
        return Embedding.embedding(ids, w.inputT(), SparseFormat.DENSE).head().add(w.bias());
    }

    private State cell(NDArray projectedInput, State state, NDArray recurrentT) {
        NDList gates = projectedInput.add(state.h().matMul(recurrentT)).split(GATES, 1);
        NDArray input = Activation.sigmoid(gates.get(0));
        NDArray forget = Activation.sigmoid(gates.get(1));
        NDArray candidate = gates.get(2).tanh();
        NDArray output = Activation.sigmoid(gates.get(3));
        NDArray c = forget.mul(state.c()).add(input.mul(candidate));
        return new State(output.mul(c.tanh()), c);
    }

    private record Weights(NDArray inputT, NDArray recurrentT, NDArray bias) {
    }

    private Weights weights(ParameterStore store, NDArray x, boolean training) {
        NDArray wi = store.getValue(inputWeight, x.getDevice(), training);
        NDArray wh = store.getValue(recurrentWeight, x.getDevice(), training);
        NDArray bi = store.getValue(inputBias, x.getDevice(), training);
        NDArray bh = store.getValue(recurrentBias, x.getDevice(), training);
        // transposes and the bias sum are made per call: they belong to the call, not to the weights' manager (read
        // over ids, the input weight is used as it is and stays the weights')
        return new Weights(readsIds() ? wi : CallArrays.ofCall(x, wi.transpose()),
                CallArrays.ofCall(x, wh.transpose()), CallArrays.ofCall(x, bi.add(bh)));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape x = inputShapes[0];
        Shape state = new Shape(x.get(0), hidden);
        return new Shape[] {new Shape(x.get(0), x.get(1), hidden), state, state};
    }
}
