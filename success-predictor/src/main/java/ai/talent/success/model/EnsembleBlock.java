package ai.talent.success.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import ai.talent.nn.block.MlpConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The members of a deep ensemble side by side: {@code [batch, features] → [batch, members]} logits, one
 * column per member, in one forward pass. Members differ in their initialisation and data order and may differ in
 * shape (an ensemble selected from several tuned configurations). Saved and loaded as one parameter file.
 */
public final class EnsembleBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final List<WideAndDeep> members = new ArrayList<>();

    public EnsembleBlock(MlpConfig config, int members) {
        this(copies(config, members));
    }

    private static List<MlpConfig> copies(MlpConfig config, int members) {
        if (members < 1) {
            throw new IllegalArgumentException("an ensemble needs at least one member, got " + members);
        }
        return Collections.nCopies(members, config);
    }

    /** One member per configuration, in order. */
    public EnsembleBlock(List<MlpConfig> configs) {
        super(VERSION);
        if (configs.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one member, got 0");
        }
        for (int m = 0; m < configs.size(); m++) {
            this.members.add(addChildBlock("member" + m, new WideAndDeep(configs.get(m))));
        }
    }

    public int size() {
        return members.size();
    }

    public WideAndDeep member(int index) {
        return members.get(index);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDList columns = new NDList(members.size());
        for (WideAndDeep member : members) {
            columns.add(member.forward(store, inputs, training, params).singletonOrThrow());
        }
        NDArray logits = members.size() == 1 ? columns.get(0) : NDArrays.concat(columns, 1);
        return new NDList(logits);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        for (WideAndDeep member : members) {
            member.initialize(manager, dataType, inputShapes);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), members.size())};
    }
}
