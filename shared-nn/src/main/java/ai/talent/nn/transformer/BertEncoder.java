package ai.talent.nn.transformer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A standard BERT encoder (embeddings, then post-LN Transformer layers). Inputs: token ids, token type
 * ids and attention mask, all {@code [B, L]} INT64; output: the last hidden states {@code [B, L, H]}, zero
 * at padding positions when the batch has padding: the layers skip padding tokens (see {@link TokenPacking}).
 * {@link #namedParameters()} gives every weight its HuggingFace name, which is how pretrained weights are
 * loaded, layers are copied into a student, and per-layer learning rates find their layer.
 */
public final class BertEncoder extends AbstractBlock {

    /** Added to attention scores that must be ignored; exp() of it is exactly zero in fp32. */
    static final float MASKED = -1e9f;

    private final TransformerConfig config;
    private final Embeddings embeddings;
    private final List<EncoderLayer> layers = new ArrayList<>();

    public BertEncoder(TransformerConfig config) {
        this.config = config;
        embeddings = addChildBlock("embeddings", new Embeddings(config));
        for (int i = 0; i < config.layers(); i++) {
            layers.add(addChildBlock("layer" + i, new EncoderLayer(config)));
        }
    }

    public TransformerConfig config() {
        return config;
    }

    public Embeddings embeddings() {
        return embeddings;
    }

    public List<EncoderLayer> layers() {
        return Collections.unmodifiableList(layers);
    }

    /** Every parameter under its HuggingFace BERT name (linear weights in PyTorch's {@code [out, in]}). */
    public Map<String, Parameter> namedParameters() {
        Map<String, Parameter> named = new LinkedHashMap<>();
        named.put("embeddings.word_embeddings.weight", embeddings.words());
        named.put("embeddings.position_embeddings.weight", embeddings.positions());
        named.put("embeddings.token_type_embeddings.weight", embeddings.types());
        put(named, "embeddings.LayerNorm", embeddings.norm());
        for (int i = 0; i < layers.size(); i++) {
            EncoderLayer layer = layers.get(i);
            String p = "encoder.layer." + i + ".";
            put(named, p + "attention.self.query", layer.attention().query());
            put(named, p + "attention.self.key", layer.attention().key());
            put(named, p + "attention.self.value", layer.attention().value());
            put(named, p + "attention.output.dense", layer.attention().output());
            put(named, p + "attention.output.LayerNorm", layer.attentionNorm());
            put(named, p + "intermediate.dense", layer.intermediate());
            put(named, p + "output.dense", layer.output());
            put(named, p + "output.LayerNorm", layer.outputNorm());
        }
        return named;
    }

    /** Every linear layer under its HuggingFace name (without ".weight"). */
    public Map<String, Dense> denseLayers() {
        Map<String, Dense> dense = new LinkedHashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            EncoderLayer layer = layers.get(i);
            String p = "encoder.layer." + i + ".";
            dense.put(p + "attention.self.query", layer.attention().query());
            dense.put(p + "attention.self.key", layer.attention().key());
            dense.put(p + "attention.self.value", layer.attention().value());
            dense.put(p + "attention.output.dense", layer.attention().output());
            dense.put(p + "intermediate.dense", layer.intermediate());
            dense.put(p + "output.dense", layer.output());
        }
        return dense;
    }

    private static void put(Map<String, Parameter> named, String prefix, Dense dense) {
        named.put(prefix + ".weight", dense.weight());
        named.put(prefix + ".bias", dense.bias());
    }

    private static void put(Map<String, Parameter> named, String prefix, LayerNormalization norm) {
        named.put(prefix + ".weight", norm.gamma());
        named.put(prefix + ".bias", norm.beta());
    }

    /** The layer index a HuggingFace parameter name belongs to: -1 for embeddings, else 0..layers-1. */
    public static int layerOf(String name) {
        if (!name.startsWith("encoder.layer.")) {
            return -1;
        }
        int start = "encoder.layer.".length();
        return Integer.parseInt(name.substring(start, name.indexOf('.', start)));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray ids = inputs.get(0);
        NDArray typeIds = inputs.get(1);
        NDArray mask = inputs.get(2);
        NDArray bias = maskBias(mask);
        NDArray h = embeddings.forward(ps, new NDList(ids, typeIds), training).singletonOrThrow();
        TokenPacking packing = TokenPacking.of(mask);
        if (packing == null) {
            for (EncoderLayer layer : layers) {
                h = layer.forward(ps, new NDList(h, bias), training).singletonOrThrow();
            }
            return new NDList(h);
        }
        h = packing.pack(h);
        for (EncoderLayer layer : layers) {
            h = layer.forward(ps, new NDList(h, bias, packing.tokens(), packing.spread()), training)
                    .singletonOrThrow();
        }
        return new NDList(packing.unpack(h));
    }

    /** Additive bias {@code [B, 1, L, L]} or {@code [B, 1, 1, L]}: padding and, when causal, the future. */
    private NDArray maskBias(NDArray mask) {
        long b = mask.getShape().get(0);
        long len = mask.getShape().get(1);
        NDArray keep = mask.toType(DataType.FLOAT32, false).reshape(b, 1, 1, len);
        NDArray bias = keep.sub(1f).muli(-MASKED);
        if (!config.causal()) {
            return bias;
        }
        NDManager m = mask.getManager();
        NDArray rows = m.arange(0, (int) len, 1, DataType.INT64).reshape(len, 1);
        NDArray cols = m.arange(0, (int) len, 1, DataType.INT64).reshape(1, len);
        NDArray future = cols.gt(rows).toType(DataType.FLOAT32, false).muli(MASKED);
        return bias.add(future);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape s = inputShapes[0];
        embeddings.initialize(manager, dataType, s, s);
        Shape hidden = new Shape(s.get(0), s.get(1), config.hidden());
        Shape bias = new Shape(s.get(0), 1, s.get(1), s.get(1));
        for (EncoderLayer layer : layers) {
            layer.initialize(manager, dataType, hidden, bias);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape s = inputShapes[0];
        return new Shape[] {new Shape(s.get(0), s.get(1), config.hidden())};
    }
}
