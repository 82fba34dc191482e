package ai.talent.nn.transformer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;

/** BERT's input layer: token + position + segment embeddings, then LayerNorm. Inputs: ids, type ids. */
public final class Embeddings extends AbstractBlock {

    private final TransformerConfig config;
    private final Parameter words;
    private final Parameter positions;
    private final Parameter types;
    private final LayerNormalization norm;
    private NDArray int8Words;
    private NDArray wordScales;

    public Embeddings(TransformerConfig config) {
        this.config = config;
        words = addParameter(table("word_embeddings", config.vocabSize(), config.hidden()));
        positions = addParameter(table("position_embeddings", config.maxPositions(), config.hidden()));
        types = addParameter(table("token_type_embeddings", config.typeVocabSize(), config.hidden()));
        norm = addChildBlock("LayerNorm", new LayerNormalization(config.hidden(), config.layerNormEps()));
    }

    private static Parameter table(String name, int rows, int hidden) {
        return Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT).optShape(new Shape(rows, hidden))
                .optInitializer(new NormalInitializer(0.02f)).build();
    }

    public Parameter words() {
        return words;
    }

    /**
     * Replaces the fp32 token table by int8 rows {@code [vocab, hidden]} with one scale per row
     * {@code [vocab, 1]}; only the looked-up rows are dequantized. The fp32 table is released.
     */
    public void useInt8Words(NDArray values, NDArray rowScales) {
        NDArray old = words.getArray();
        if (values.getDataType() != DataType.INT8 || !values.getShape().equals(old.getShape())) {
            throw new IllegalArgumentException("int8 token table must be INT8 " + old.getShape() + ", got "
                    + values.getDataType() + " " + values.getShape());
        }
        values.attach(old.getManager());
        rowScales.attach(old.getManager());
        int8Words = values;
        wordScales = rowScales;
        old.close();
    }

    /** The int8 token table, or null when it is fp32. */
    public NDArray int8Words() {
        return int8Words;
    }

    /** The token table's row scales, or null when it is fp32. */
    public NDArray wordScales() {
        return wordScales;
    }

    public Parameter positions() {
        return positions;
    }

    public Parameter types() {
        return types;
    }

    public LayerNormalization norm() {
        return norm;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray ids = inputs.get(0);
        NDArray typeIds = inputs.get(1);
        long length = ids.getShape().get(1);
        if (length > config.maxPositions()) {
            throw new IllegalArgumentException("sequence of " + length + " tokens exceeds the encoder's "
                    + config.maxPositions() + " positions; truncate the input");
        }
        NDManager m = ids.getManager();
        var ex = ids.getNDArrayInternal();
        NDArray w;
        if (int8Words != null) {
            NDArray q = ex.embedding(ids, int8Words, SparseFormat.DENSE).singletonOrThrow();
            NDArray s = ex.embedding(ids, wordScales, SparseFormat.DENSE).singletonOrThrow();
            w = q.toType(DataType.FLOAT32, false).muli(s);
        } else {
            w = ex.embedding(ids, ps.getValue(words, ids.getDevice(), training), SparseFormat.DENSE)
                    .singletonOrThrow();
        }
        NDArray t = ex.embedding(typeIds, ps.getValue(types, ids.getDevice(), training), SparseFormat.DENSE)
                .singletonOrThrow();
        NDArray posIds = m.arange(0, (int) length, 1, DataType.INT64);
        NDArray p = ex.embedding(posIds, ps.getValue(positions, ids.getDevice(), training), SparseFormat.DENSE)
                .singletonOrThrow();
        NDArray sum = w.addi(t).addi(p);
        return norm.forward(ps, new NDList(sum), training);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape s = inputShapes[0];
        norm.initialize(manager, dataType, new Shape(s.get(0), s.get(1), config.hidden()));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape s = inputShapes[0];
        return new Shape[] {new Shape(s.get(0), s.get(1), config.hidden())};
    }
}
