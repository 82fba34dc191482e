package ai.talent.nn.block;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Two encoders with separate weights, one per side of a pair (query/item, project/freelancer):
 * input {@code (left, right)}, output {@code (leftEmbedding, rightEmbedding)}. Train with the InfoNCE
 * loss, whose negatives are the other rows of the batch.
 */
public final class TwoTower extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Block left;
    private final Block right;

    public TwoTower(Block left, Block right) {
        super(VERSION);
        this.left = addChildBlock("left", left);
        this.right = addChildBlock("right", right);
    }

    public Block left() {
        return left;
    }

    public Block right() {
        return right;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        if (inputs.size() != 2) {
            throw new IllegalArgumentException("a two-tower model takes (left, right) inputs, got " + inputs.size());
        }
        NDList l = left.forward(store, new NDList(inputs.get(0)), training, params);
        NDList r = right.forward(store, new NDList(inputs.get(1)), training, params);
        return new NDList(l.singletonOrThrow(), r.singletonOrThrow());
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        left.initialize(manager, dataType, inputShapes[0]);
        right.initialize(manager, dataType, inputShapes[1]);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {
            left.getOutputShapes(new Shape[] {inputShapes[0]})[0], right.getOutputShapes(new Shape[] {inputShapes[1]})[0]
        };
    }
}
