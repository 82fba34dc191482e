package ai.talent.nn.block;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;

/**
 * A trainable lookup table from integer ids in {@code [0, vocabulary)} to dense vectors, e.g. the
 * (exercise, correct) interaction ids of knowledge tracing. Any input shape {@code S} gives
 * {@code S + [dimension]}.
 */
public final class IdEmbedding extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int vocabulary;
    private final int dimension;
    private final Parameter weight;

    public IdEmbedding(int vocabulary, int dimension) {
        this(vocabulary, dimension, null);
    }

    /** @param initializer the table's initialiser; null for the engine's default for weights */
    public IdEmbedding(int vocabulary, int dimension, Initializer initializer) {
        super(VERSION);
        if (vocabulary <= 0 || dimension <= 0) {
            throw new IllegalArgumentException(
                    "embedding vocabulary and dimension must be positive, got " + vocabulary + " x " + dimension);
        }
        this.vocabulary = vocabulary;
        this.dimension = dimension;
        this.weight = addParameter(Parameter.builder()
                .setName("weight")
                .setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(vocabulary, dimension))
                .optInitializer(initializer)
                .build());
    }

    public int vocabulary() {
        return vocabulary;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.singletonOrThrow();
        NDArray table = store.getValue(weight, ids.getDevice(), training);
        NDArray longIds = ids.getDataType() == DataType.INT64 ? ids : ids.toType(DataType.INT64, false);
        return Embedding.embedding(longIds, table, SparseFormat.DENSE);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0].add(dimension)};
    }
}
