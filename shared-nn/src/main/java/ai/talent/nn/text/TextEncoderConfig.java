package ai.talent.nn.text;

import ai.talent.nn.transformer.Pooling;

/**
 * Settings of a {@link TextEncoder}: token limit, batch size, cache entries (0 disables the cache), how many
 * batches may run at once, pooling, normalisation, and the engine that serves the encoder.
 */
public record TextEncoderConfig(int maxLength, int batchSize, int cacheSize, int concurrency, Pooling pooling,
        boolean normalize, InferenceEngine engine) {

    public static final int DEFAULT_MAX_LENGTH = 128;
    public static final int DEFAULT_BATCH_SIZE = 32;
    public static final int DEFAULT_CACHE_SIZE = 10_000;

    public TextEncoderConfig {
        if (maxLength < 2 || batchSize < 1 || cacheSize < 0 || concurrency < 1 || engine == null) {
            throw new IllegalArgumentException("invalid text encoder settings: " + this);
        }
        if (engine == InferenceEngine.ONNX_RUNTIME && (pooling != Pooling.MEAN || !normalize)) {
            throw new IllegalArgumentException("ONNX Runtime serving gives mean-pooled unit vectors only: " + this);
        }
    }

    /** Settings served by PyTorch. */
    public TextEncoderConfig(int maxLength, int batchSize, int cacheSize, int concurrency, Pooling pooling,
            boolean normalize) {
        this(maxLength, batchSize, cacheSize, concurrency, pooling, normalize, InferenceEngine.PYTORCH);
    }

    /** 128 tokens, batches of 32, 10,000 cached texts, one batch per core, mean pooling, unit vectors, PyTorch. */
    public static TextEncoderConfig defaults() {
        return new TextEncoderConfig(DEFAULT_MAX_LENGTH, DEFAULT_BATCH_SIZE, DEFAULT_CACHE_SIZE,
                Runtime.getRuntime().availableProcessors(), Pooling.MEAN, true);
    }

    public TextEncoderConfig withCacheSize(int entries) {
        return new TextEncoderConfig(maxLength, batchSize, entries, concurrency, pooling, normalize, engine);
    }

    public TextEncoderConfig withBatchSize(int size) {
        return new TextEncoderConfig(maxLength, size, cacheSize, concurrency, pooling, normalize, engine);
    }

    public TextEncoderConfig withMaxLength(int tokens) {
        return new TextEncoderConfig(tokens, batchSize, cacheSize, concurrency, pooling, normalize, engine);
    }

    public TextEncoderConfig withEngine(InferenceEngine served) {
        return new TextEncoderConfig(maxLength, batchSize, cacheSize, concurrency, pooling, normalize, served);
    }
}
