package ai.talent.nn.block;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.recurrent.GRU;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch-first recurrent model: optional id embedding → LSTM/GRU layers → optional head applied to every
 * step (e.g. per-step correctness logits for knowledge tracing) or to each sequence's last step only.
 *
 * <p>Inputs: ids {@code [B, T]} (or features {@code [B, T, F]} without an embedding), optionally followed by
 * each sequence's real length {@code [B]} when shorter sequences are padded at the end. With
 * {@code lastStepOnly} the output is taken at step {@code length − 1} of each sequence, never at the padded
 * end; the recurrence is causal, so padding after a sequence changes none of its real steps.
 *
 * <p>LSTM layers are {@link Lstm} (plain tensor operations; DJL's fused LSTM is wrong on AVX-512 CPUs, see
 * there); GRU layers are DJL's fused {@code GRU}, which follows PyTorch's equations on this machine
 * (checked by the tests against a plain-Java cell).
 */
public final class SequenceModel extends AbstractBlock {

    private static final byte VERSION = 2;

    private final SequenceConfig config;
    private final IdEmbedding embedding;
    private final List<Block> layers = new ArrayList<>();
    private final Block head;

    /**
     * @param head applied to the recurrent output ({@code [batch, time, hidden]}, or
     *     {@code [batch, hidden]} with lastStepOnly); null to emit the hidden states
     */
    public SequenceModel(SequenceConfig config, Block head) {
        super(VERSION);
        this.config = config;
        this.embedding = config.vocabulary() > 0
                ? addChildBlock("embedding", new IdEmbedding(config.vocabulary(), config.embedding()))
                : null;
        switch (config.cell()) {
            case LSTM -> {
                for (int i = 0; i < config.layers(); i++) {
                    layers.add(addChildBlock("lstm" + i, new Lstm(config.hidden())));
                }
            }
            case GRU -> layers.add(addChildBlock("gru", GRU.builder()
                    .setStateSize(config.hidden())
                    .setNumLayers(config.layers())
                    .optDropRate(config.dropout())
                    .optBatchFirst(true)
                    .optReturnState(false)
                    .build()));
        }
        this.head = head == null ? null : addChildBlock("head", head);
    }

    public SequenceConfig config() {
        return config;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        if (embedding != null) {
            x = embedding.forward(store, new NDList(x), training, params).head();
        }
        for (int i = 0; i < layers.size(); i++) {
            if (i > 0 && config.dropout() > 0) {
                x = Dropout.dropout(x, config.dropout(), training).head();
            }
            x = layers.get(i).forward(store, new NDList(x), training, params).head();
        }
        if (config.lastStepOnly()) {
            x = lastRealStep(x, inputs.size() > 1 ? inputs.get(1) : null);
        }
        NDList out = new NDList(x);
        return head == null ? out : head.forward(store, out, training, params);
    }

    /**
     * Each sequence's state at step {@code length − 1} ({@code [B, H]} from {@code [B, T, H]}); without
     * lengths every sequence is taken to fill all {@code T} steps.
     */
    static NDArray lastRealStep(NDArray states, NDArray lengths) {
        Shape s = states.getShape();
        long batch = s.get(0);
        long steps = s.get(1);
        NDManager m = states.getManager();
        if (lengths == null) {
            return states.get(":, -1, :");
        }
        long[] len = lengths.toType(DataType.INT64, false).toLongArray();
        if (len.length != batch) {
            throw new IllegalArgumentException("lengths has " + len.length + " entries for a batch of " + batch);
        }
        long[] rows = new long[len.length];
        for (int i = 0; i < len.length; i++) {
            if (len[i] < 1 || len[i] > steps) {
                throw new IllegalArgumentException(
                        "sequence " + i + " has length " + len[i] + ", outside [1, " + steps + "]");
            }
            rows[i] = i * steps + len[i] - 1;
        }
        return states.reshape(batch * steps, s.get(2)).get(m.create(rows));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape[] shapes = {inputShapes[0]};
        if (embedding != null) {
            embedding.initialize(manager, dataType, shapes);
            shapes = embedding.getOutputShapes(shapes);
        }
        for (Block layer : layers) {
            layer.initialize(manager, dataType, shapes);
            shapes = new Shape[] {layer.getOutputShapes(shapes)[0]};
        }
        if (head != null) {
            head.initialize(manager, dataType, headInput(inputShapes[0]));
        }
    }

    private Shape[] headInput(Shape input) {
        Shape out = config.lastStepOnly()
                ? new Shape(input.get(0), config.hidden())
                : new Shape(input.get(0), input.get(1), config.hidden());
        return new Shape[] {out};
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape[] out = headInput(inputShapes[0]);
        return head == null ? out : head.getOutputShapes(out);
    }
}
