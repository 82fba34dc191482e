package ai.talent.matching.text;

import ai.talent.nn.text.InferenceEngine;

/**
 * How the towers encode: word pieces per chunk, texts per encoder batch, how many recent chunks' vectors the encoder
 * keeps (0: none), and the engine that serves a frozen encoder (ONNX Runtime is about twice as fast at batch 1).
 */
public record EncoderSettings(int chunkTokens, int batchSize, int cacheSize, InferenceEngine engine) {

    public EncoderSettings {
        if (chunkTokens < 8 || batchSize < 1 || cacheSize < 0 || engine == null) {
            throw new IllegalArgumentException("invalid encoder settings: " + this);
        }
    }

    /** 256-token chunks, batches of 32, 2,000 cached chunks, PyTorch. */
    public static EncoderSettings defaults() {
        return new EncoderSettings(256, 32, 2_000, InferenceEngine.PYTORCH);
    }

    public EncoderSettings withChunkTokens(int tokens) {
        return new EncoderSettings(tokens, batchSize, cacheSize, engine);
    }

    public EncoderSettings withCacheSize(int entries) {
        return new EncoderSettings(chunkTokens, batchSize, entries, engine);
    }

    public EncoderSettings withEngine(InferenceEngine served) {
        return new EncoderSettings(chunkTokens, batchSize, cacheSize, served);
    }
}
