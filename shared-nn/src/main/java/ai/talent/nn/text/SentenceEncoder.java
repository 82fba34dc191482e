package ai.talent.nn.text;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Pooling;

/**
 * A BERT encoder plus pooling, run for inference on token batches: hidden states or (L2-normalised)
 * sentence vectors as plain Java arrays. Each call works in its own NDManager, so nothing outlives it.
 */
public final class SentenceEncoder {

    private final BertEncoder encoder;
    private final Pooling pooling;
    private final boolean normalize;

    public SentenceEncoder(BertEncoder encoder, Pooling pooling, boolean normalize) {
        this.encoder = encoder;
        this.pooling = pooling;
        this.normalize = normalize;
    }

    public BertEncoder encoder() {
        return encoder;
    }

    public Pooling pooling() {
        return pooling;
    }

    /** Whether sentence vectors come out at unit length. */
    public boolean normalizes() {
        return normalize;
    }

    /** Sentence vectors {@code [B][H]}. */
    public float[][] embed(TokenBatch batch) {
        try (NDManager m = manager()) {
            NDList in = inputs(m, batch);
            NDArray hidden = encoder.forward(new ParameterStore(m, false), in, false).singletonOrThrow();
            NDArray pooled = pooling.pool(hidden, in.get(2));
            if (normalize) {
                pooled = Pooling.normalize(pooled);
            }
            return rows(pooled.toFloatArray(), batch.size());
        }
    }

    /** Last hidden states {@code [B][L][H]} (padding positions included). */
    public float[][][] hidden(TokenBatch batch) {
        try (NDManager m = manager()) {
            NDList in = inputs(m, batch);
            NDArray hidden = encoder.forward(new ParameterStore(m, false), in, false).singletonOrThrow();
            float[] flat = hidden.toFloatArray();
            int b = batch.size();
            int len = batch.length();
            int h = encoder.config().hidden();
            float[][][] out = new float[b][len][h];
            for (int i = 0; i < b; i++) {
                for (int j = 0; j < len; j++) {
                    System.arraycopy(flat, (i * len + j) * h, out[i][j], 0, h);
                }
            }
            return out;
        }
    }

    private NDManager manager() {
        NnEngine.configureCurrentThread();
        return NnEngine.get().newBaseManager();
    }

    /**
     * Unit-length pooled sentence vectors {@code [B, H]} for the encoder's inputs, created in {@code m}; with
     * {@code training} the forward pass is recorded for a gradient collector.
     */
    public static NDArray unitVectors(BertEncoder encoder, Pooling pooling, NDManager m, NDList in, boolean training) {
        NDArray hidden = encoder.forward(new ParameterStore(m, false), in, training).singletonOrThrow();
        return Pooling.normalize(pooling.pool(hidden, in.get(2)));
    }

    /** The encoder's three inputs for a token batch, created in {@code m}. */
    public static NDList inputs(NDManager m, TokenBatch batch) {
        return new NDList(m.create(batch.ids()), m.create(batch.typeIds()), m.create(batch.mask()));
    }

    private static float[][] rows(float[] flat, int n) {
        int h = flat.length / n;
        float[][] out = new float[n][h];
        for (int i = 0; i < n; i++) {
            System.arraycopy(flat, i * h, out[i], 0, h);
        }
        return out;
    }
}
