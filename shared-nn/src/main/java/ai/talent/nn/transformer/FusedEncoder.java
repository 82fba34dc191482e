package ai.talent.nn.transformer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.internal.NDArrayEx;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.Parameter;
import ai.talent.nn.engine.NnEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An inference-only copy of a {@link BertEncoder}'s weights, laid out for the fewest PyTorch operations per
 * forward pass, since at batch 1 the time goes to the number of operations rather than to arithmetic: one fused
 * query/key/value projection per layer with the 1/√d attention scale folded into the query rows, one gather to
 * spread the packed projections into the padded attention layout (instead of three), position and segment-0
 * embeddings summed into one table, mean pooling as one matrix product over the packed tokens, and no block or
 * parameter-store bookkeeping. Padding is skipped as in {@link BertEncoder} ({@link TokenPacking}). Only the fused
 * projections and the summed position table are copies (about 11 MB for MiniLM); every other array is the
 * encoder's own, so build this from a frozen encoder and keep the encoder open while it is used. Safe to share
 * between threads: each call works in its own NDManager.
 */
public final class FusedEncoder implements AutoCloseable {

    private record Layer(NDArray qkvWeight, NDArray qkvBias, NDArray outWeight, NDArray outBias, NDArray norm1Gamma,
            NDArray norm1Beta, NDArray upWeight, NDArray upBias, NDArray downWeight, NDArray downBias,
            NDArray norm2Gamma, NDArray norm2Beta) {
    }

    private final TransformerConfig config;
    private final NDManager weights;
    private final NDArray words;
    private final NDArray positionsType0;
    private final NDArray typeDeltas;
    private final NDArray normGamma;
    private final NDArray normBeta;
    private final List<Layer> layers = new ArrayList<>();

    private FusedEncoder(BertEncoder encoder, NDManager weights) {
        this.config = encoder.config();
        this.weights = weights;
        Map<String, Parameter> p = encoder.namedParameters();
        if (encoder.embeddings().int8Words() != null
                || encoder.denseLayers().values().stream().anyMatch(Dense::isQuantized)) {
            throw new IllegalArgumentException("the fused path takes fp32 encoders; this one is int8-quantized");
        }
        words = shared(p, "embeddings.word_embeddings.weight");
        NDArray types = copy(p, "embeddings.token_type_embeddings.weight");
        NDArray type0 = types.get(0);
        positionsType0 = copy(p, "embeddings.position_embeddings.weight").addi(type0);
        typeDeltas = types.sub(type0);
        normGamma = shared(p, "embeddings.LayerNorm.weight");
        normBeta = shared(p, "embeddings.LayerNorm.bias");
        float scale = (float) (1.0 / Math.sqrt(config.headSize()));
        for (int i = 0; i < config.layers(); i++) {
            String l = "encoder.layer." + i + ".";
            NDArray qkvWeight = fused(p, l + "attention.self.", "weight", scale);
            NDArray qkvBias = fused(p, l + "attention.self.", "bias", scale);
            layers.add(new Layer(qkvWeight, qkvBias, shared(p, l + "attention.output.dense.weight"),
                    shared(p, l + "attention.output.dense.bias"), shared(p, l + "attention.output.LayerNorm.weight"),
                    shared(p, l + "attention.output.LayerNorm.bias"), shared(p, l + "intermediate.dense.weight"),
                    shared(p, l + "intermediate.dense.bias"), shared(p, l + "output.dense.weight"),
                    shared(p, l + "output.dense.bias"), shared(p, l + "output.LayerNorm.weight"),
                    shared(p, l + "output.LayerNorm.bias")));
        }
    }

    /** The fused layout of a frozen fp32 encoder (its copies released by close). */
    public static FusedEncoder of(BertEncoder encoder) {
        NDManager weights = NnEngine.get().newBaseManager();
        try {
            return new FusedEncoder(encoder, weights);
        } catch (RuntimeException e) {
            weights.close();
            throw e;
        }
    }

    /** Query, key and value stacked along the output axis, the query scaled by 1/√d; only the result is kept. */
    private NDArray fused(Map<String, Parameter> p, String prefix, String kind, float scale) {
        try (NDManager scratch = weights.newSubManager()) {
            NDArray q = shared(p, prefix + "query." + kind).mul(scale);
            q.attach(scratch);
            NDArray stacked = NDArrays.concat(new NDList(q, shared(p, prefix + "key." + kind),
                    shared(p, prefix + "value." + kind)));
            stacked.attach(weights);
            return stacked;
        }
    }

    /** The encoder's own array: shared, not copied, so the fused form costs little memory of its own. */
    private static NDArray shared(Map<String, Parameter> p, String name) {
        return p.get(name).getArray();
    }

    private NDArray copy(Map<String, Parameter> p, String name) {
        NDArray a = p.get(name).getArray().duplicate();
        a.attach(weights);
        return a;
    }

    public TransformerConfig config() {
        return config;
    }

    /**
     * Mean-pooled sentence vectors {@code [B][H]} of right-padded token batches (mask 1 on real tokens, a prefix
     * of each row), L2-normalised when asked.
     */
    public float[][] meanPooled(long[][] ids, long[][] typeIds, long[][] mask, boolean normalize) {
        NnEngine.configureCurrentThread();
        try (NDManager m = NnEngine.get().newBaseManager()) {
            Packed packed = Packed.of(ids, typeIds, mask);
            NDArray h = encode(m, packed);
            NDArray pooled = m.create(packed.meanWeights, new Shape(packed.batch, packed.count)).matMul(h);
            float[] flat = pooled.toFloatArray();
            int hidden = config.hidden();
            float[][] out = new float[packed.batch][hidden];
            for (int b = 0; b < packed.batch; b++) {
                System.arraycopy(flat, b * hidden, out[b], 0, hidden);
                if (normalize) {
                    double norm = 0;
                    for (float v : out[b]) {
                        norm += v * v;
                    }
                    float inv = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
                    for (int k = 0; k < hidden; k++) {
                        out[b][k] *= inv;
                    }
                }
            }
            return out;
        }
    }

    /** Last hidden states {@code [B][L][H]}, zero at padding positions (for parity checks). */
    public float[][][] hidden(long[][] ids, long[][] typeIds, long[][] mask) {
        NnEngine.configureCurrentThread();
        try (NDManager m = NnEngine.get().newBaseManager()) {
            Packed packed = Packed.of(ids, typeIds, mask);
            float[] flat = encode(m, packed).toFloatArray();
            int hidden = config.hidden();
            float[][][] out = new float[packed.batch][packed.length][hidden];
            for (int t = 0; t < packed.count; t++) {
                int b = (int) (packed.tokens[t] / packed.length);
                int j = (int) (packed.tokens[t] % packed.length);
                System.arraycopy(flat, t * hidden, out[b][j], 0, hidden);
            }
            return out;
        }
    }

    /** Hidden states of the real tokens, {@code [T, H]} in row-major token order. */
    private NDArray encode(NDManager m, Packed p) {
        NDArrayEx ex = words.getNDArrayInternal();
        NDArray h = gather(ex, words, m.create(p.tokenIds));
        h = h.addi(gather(ex, positionsType0, m.create(p.positionIds)));
        if (p.typeIds != null) {
            h = h.addi(gather(ex, typeDeltas, m.create(p.typeIds)));
        }
        h = norm(h, normGamma, normBeta);
        NDArray spread = p.padded ? m.create(p.spread) : null;
        NDArray tokens = p.padded ? m.create(p.tokens) : null;
        NDArray maskBias = p.padded ? m.create(p.maskBias, new Shape(p.batch, 1, 1, p.length)) : null;
        int heads = config.heads();
        int d = config.headSize();
        int hidden = config.hidden();
        for (Layer layer : layers) {
            NDArray qkv = linear(h, layer.qkvWeight, layer.qkvBias);
            if (p.padded) {
                qkv = gather(ex, qkv, spread);
            }
            NDList split = qkv.reshape(p.batch, p.length, 3L * heads, d).transpose(0, 2, 1, 3).split(3, 1);
            NDArray scores = split.get(0).matMul(split.get(1).transpose(0, 1, 3, 2));
            if (maskBias != null) {
                scores = scores.addi(maskBias);
            }
            NDArray context = scores.softmax(-1).matMul(split.get(2)).transpose(0, 2, 1, 3)
                    .reshape((long) p.batch * p.length, hidden);
            if (p.padded) {
                context = gather(ex, context, tokens);
            }
            h = norm(linear(context, layer.outWeight, layer.outBias).addi(h), layer.norm1Gamma, layer.norm1Beta);
            NDArray inner = linear(h, layer.upWeight, layer.upBias).getNDArrayInternal().gelu();
            h = norm(linear(inner, layer.downWeight, layer.downBias).addi(h), layer.norm2Gamma, layer.norm2Beta);
        }
        return h;
    }

    private static NDArray linear(NDArray x, NDArray w, NDArray b) {
        return x.getNDArrayInternal().linear(x, w, b).singletonOrThrow();
    }

    private NDArray norm(NDArray x, NDArray gamma, NDArray beta) {
        return x.getNDArrayInternal().layerNorm(x, new Shape(config.hidden()), gamma, beta, config.layerNormEps())
                .singletonOrThrow();
    }

    private static NDArray gather(NDArrayEx ex, NDArray rows, NDArray index) {
        return ex.embedding(index, rows, SparseFormat.DENSE).singletonOrThrow();
    }

    /** The real tokens of a right-padded batch, and what it takes to move between packed and padded layouts. */
    private static final class Packed {
        final int batch;
        final int length;
        final int count;
        final boolean padded;
        final long[] tokenIds;
        final long[] positionIds;
        final long[] typeIds;
        final long[] tokens;
        final long[] spread;
        final float[] maskBias;
        final float[] meanWeights;

        private Packed(long[][] ids, long[][] types, long[][] mask) {
            batch = ids.length;
            length = batch == 0 ? 0 : ids[0].length;
            int real = 0;
            for (long[] row : mask) {
                for (long v : row) {
                    real += v != 0 ? 1 : 0;
                }
            }
            if (real == 0) {
                throw new IllegalArgumentException("a batch needs at least one real token");
            }
            count = real;
            padded = real != batch * length;
            tokenIds = new long[count];
            positionIds = new long[count];
            tokens = new long[count];
            spread = new long[batch * length];
            maskBias = new float[batch * length];
            meanWeights = new float[batch * count];
            boolean anyType = false;
            long[] typeValues = new long[count];
            int t = 0;
            for (int b = 0; b < batch; b++) {
                int rowStart = t;
                for (int j = 0; j < length; j++) {
                    if (mask[b][j] == 0) {
                        maskBias[b * length + j] = BertEncoder.MASKED;
                        continue;
                    }
                    tokenIds[t] = ids[b][j];
                    positionIds[t] = j;
                    typeValues[t] = types[b][j];
                    anyType |= types[b][j] != 0;
                    tokens[t] = (long) b * length + j;
                    spread[b * length + j] = t;
                    t++;
                }
                for (int k = rowStart; k < t; k++) {
                    meanWeights[b * count + k] = 1f / Math.max(1, t - rowStart);
                }
            }
            typeIds = anyType ? typeValues : null;
        }

        static Packed of(long[][] ids, long[][] types, long[][] mask) {
            return new Packed(ids, types, mask);
        }
    }

    @Override
    public void close() {
        weights.close();
    }
}
