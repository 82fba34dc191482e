package ai.talent.nn.text;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.onnx.OnnxEncoder;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Dense;
import ai.talent.nn.transformer.FusedEncoder;
import ai.talent.nn.transformer.Pooling;
import ai.talent.nn.transformer.PretrainedWeights;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Strings to sentence embeddings, safe to share between threads: uncached texts are sorted by token length,
 * cut into batches (so little padding is computed), encoded with at most {@code concurrency} batches in
 * flight, and put back in the caller's order; results are kept in a bounded LRU cache keyed by the text.
 */
public final class TextEncoder implements AutoCloseable {

    /** Sentence vectors of one padded token batch. */
    @FunctionalInterface
    private interface BatchEmbedder {
        float[][] embed(TokenBatch batch);
    }

    private final SentenceEncoder encoder;
    private final FusedEncoder fused;
    private final BatchEmbedder embedder;
    private final int dimension;
    private final TextTokenizer tokenizer;
    private final TextEncoderConfig config;
    private final AutoCloseable owned;
    private final Semaphore slots;
    private final Map<String, float[]> cache;

    /**
     * Wraps an encoder and tokenizer; {@code owned} (may be null) is closed with this encoder. The encoder's
     * parameters should be frozen: PyTorch records gradients on threads other than the engine's first one.
     */
    public TextEncoder(SentenceEncoder encoder, TextTokenizer tokenizer, TextEncoderConfig config,
            AutoCloseable owned) {
        this(encoder, fusable(encoder) ? FusedEncoder.of(encoder.encoder()) : null, null, tokenizer, config, owned);
    }

    private TextEncoder(SentenceEncoder encoder, FusedEncoder fused, OnnxEncoder onnx, TextTokenizer tokenizer,
            TextEncoderConfig config, AutoCloseable owned) {
        this.encoder = encoder;
        this.fused = fused;
        if (onnx != null) {
            this.embedder = batch -> {
                try {
                    return onnx.embed(batch);
                } catch (Exception e) { // OrtException: never named here, ONNX Runtime is optional on the class path
                    throw new IllegalStateException("ONNX Runtime failed on a batch of " + batch.size() + ": "
                            + e.getMessage(), e);
                }
            };
            this.dimension = onnx.dimension();
        } else if (fused != null) {
            this.embedder = batch -> fused.meanPooled(batch.ids(), batch.typeIds(), batch.mask(), encoder.normalizes());
            this.dimension = encoder.encoder().config().hidden();
        } else {
            this.embedder = encoder::embed;
            this.dimension = encoder.encoder().config().hidden();
        }
        this.tokenizer = tokenizer;
        this.config = config;
        this.owned = owned;
        this.slots = new Semaphore(config.concurrency());
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > config.cacheSize();
            }
        };
    }

    /**
     * Serves an encoder exported to ONNX Runtime ({@link OnnxEncoder}); {@code owned} (may be null) is closed with
     * this encoder, the ONNX session too.
     */
    public static TextEncoder onOnnxRuntime(OnnxEncoder onnx, TextTokenizer tokenizer, TextEncoderConfig config,
            AutoCloseable owned) {
        return new TextEncoder(null, null, onnx, tokenizer, config, () -> {
            onnx.close();
            if (owned != null) {
                owned.close();
            }
        });
    }

    /** all-MiniLM-L6-v2 with its tokenizer, both from the langchain4j resource jar, on the configured engine. */
    public static TextEncoder miniLm(TextEncoderConfig config) {
        if (config.engine() == InferenceEngine.ONNX_RUNTIME) {
            try {
                TextTokenizer tokenizer = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER,
                        config.maxLength());
                TextEncoder encoder = onOnnxRuntime(OnnxEncoder.miniLm(), tokenizer, config, tokenizer);
                NnEngine.trimNativeMemory();
                return encoder;
            } catch (Exception e) { // IOException or OrtException (not named: ONNX Runtime is an optional dependency)
                throw new IllegalStateException("all-MiniLM-L6-v2 could not be loaded on ONNX Runtime: "
                        + e.getMessage(), e);
            }
        }
        NDManager manager = NnEngine.get().newBaseManager();
        try {
            BertEncoder bert = PretrainedWeights.miniLm(manager);
            bert.freezeParameters(true);
            TextTokenizer tokenizer = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER,
                    config.maxLength());
            TextEncoder encoder = new TextEncoder(new SentenceEncoder(bert, config.pooling(), config.normalize()),
                    tokenizer, config, () -> {
                        tokenizer.close();
                        manager.close();
                    });
            NnEngine.trimNativeMemory();
            return encoder;
        } catch (IOException e) {
            manager.close();
            throw new UncheckedIOException("all-MiniLM-L6-v2 could not be loaded: " + e.getMessage(), e);
        }
    }

    public TextEncoderConfig config() {
        return config;
    }

    /** The PyTorch encoder behind this one; an encoder served by ONNX Runtime has none. */
    public SentenceEncoder sentenceEncoder() {
        if (encoder == null) {
            throw new IllegalStateException("this text encoder is served by ONNX Runtime; it has no PyTorch encoder");
        }
        return encoder;
    }

    /** Embedding width. */
    public int dimension() {
        return dimension;
    }

    /** The embedding of one text. */
    public float[] embed(String text) {
        return embed(List.of(text))[0];
    }

    /** Embeddings of the texts, in their order. */
    public float[][] embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<Integer> missing = new ArrayList<>();
        synchronized (cache) {
            for (int i = 0; i < texts.size(); i++) {
                float[] hit = config.cacheSize() == 0 ? null : cache.get(texts.get(i));
                if (hit != null) {
                    out[i] = hit.clone();
                } else {
                    missing.add(i);
                }
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        List<String> todo = new ArrayList<>(missing.size());
        for (int i : missing) {
            todo.add(texts.get(i));
        }
        List<long[]> ids = tokenizer.encodeAll(todo);
        List<Integer> order = new ArrayList<>(todo.size());
        for (int i = 0; i < todo.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> ids.get(i).length));
        for (int start = 0; start < order.size(); start += config.batchSize()) {
            List<Integer> chunk = order.subList(start, Math.min(order.size(), start + config.batchSize()));
            List<long[]> seqs = new ArrayList<>(chunk.size());
            for (int i : chunk) {
                seqs.add(ids.get(i));
            }
            float[][] vectors = run(TextTokenizer.pad(seqs));
            for (int j = 0; j < chunk.size(); j++) {
                out[missing.get(chunk.get(j))] = vectors[j];
            }
        }
        if (config.cacheSize() > 0) {
            synchronized (cache) {
                for (int i : missing) {
                    cache.put(texts.get(i), out[i].clone());
                }
            }
        }
        return out;
    }

    /** Number of cached texts. */
    public int cachedTexts() {
        synchronized (cache) {
            return cache.size();
        }
    }

    /**
     * Mean pooling over an fp32 encoder runs through the {@link FusedEncoder} (fewer PyTorch operations per pass,
     * same results within 1e-5); CLS pooling and int8 encoders take the block path.
     */
    private static boolean fusable(SentenceEncoder encoder) {
        BertEncoder bert = encoder.encoder();
        return encoder.pooling() == Pooling.MEAN && bert.embeddings().int8Words() == null
                && bert.denseLayers().values().stream().noneMatch(Dense::isQuantized);
    }

    private float[][] run(TokenBatch batch) {
        slots.acquireUninterruptibly();
        try {
            return embedder.embed(batch);
        } finally {
            slots.release();
        }
    }

    @Override
    public void close() throws Exception {
        if (fused != null) {
            fused.close();
        }
        if (owned != null) {
            owned.close();
        }
    }
}
