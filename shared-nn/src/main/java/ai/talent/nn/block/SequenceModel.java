package ai.talent.nn.block;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.recurrent.GRU;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.nn.recurrent.RecurrentBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A batch-first recurrent model: optional id embedding → LSTM/GRU → optional head applied to every
 * step (e.g. per-step correctness logits for knowledge tracing) or to the last step only.
 */
public final class SequenceModel extends AbstractBlock {

    private static final byte VERSION = 1;

    private final SequenceConfig config;
    private final IdEmbedding embedding;
    private final Block recurrent;
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
        Block cell = switch (config.cell()) {
            case LSTM -> configured(LSTM.builder(), config).build();
            case GRU -> configured(GRU.builder(), config).build();
        };
        this.recurrent = addChildBlock("recurrent", cell);
        this.head = head == null ? null : addChildBlock("head", head);
    }

    /** The settings both cells share: sizes, dropout, batch-first input, outputs only. */
    private static <T extends RecurrentBlock.BaseBuilder<T>> T configured(T builder, SequenceConfig config) {
        return builder.setStateSize(config.hidden())
                .setNumLayers(config.layers())
                .optDropRate(config.dropout())
                .optBatchFirst(true)
                .optReturnState(false);
    }

    public SequenceConfig config() {
        return config;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList x = embedding == null ? inputs : embedding.forward(store, inputs, training, params);
        NDArray states = recurrent.forward(store, x, training, params).get(0);
        if (config.lastStepOnly()) {
            states = states.get(new NDIndex(":, -1, :"));
        }
        NDList out = new NDList(states);
        return head == null ? out : head.forward(store, out, training, params);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape[] shapes = inputShapes;
        if (embedding != null) {
            embedding.initialize(manager, dataType, shapes);
            shapes = embedding.getOutputShapes(shapes);
        }
        recurrent.initialize(manager, dataType, shapes);
        if (head != null) {
            head.initialize(manager, dataType, recurrentOutput(shapes));
        }
    }

    private Shape[] recurrentOutput(Shape[] cellInput) {
        Shape in = cellInput[0];
        Shape out = config.lastStepOnly()
                ? new Shape(in.get(0), config.hidden())
                : new Shape(in.get(0), in.get(1), config.hidden());
        return new Shape[] {out};
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape[] shapes = embedding == null ? inputShapes : embedding.getOutputShapes(inputShapes);
        Shape[] out = recurrentOutput(shapes);
        return head == null ? out : head.getOutputShapes(out);
    }
}
