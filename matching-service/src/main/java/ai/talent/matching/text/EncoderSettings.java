package ai.talent.matching.text;

/**
 * How the towers encode: word pieces per chunk, texts per encoder batch, and how many recent texts' chunk vectors
 * the encoder keeps (0: none).
 */
public record EncoderSettings(int chunkTokens, int batchSize, int cacheSize) {

    public EncoderSettings {
        if (chunkTokens < 8 || batchSize < 1 || cacheSize < 0) {
            throw new IllegalArgumentException("invalid encoder settings: " + this);
        }
    }

    /** 256-token chunks, batches of 32, 2,000 cached chunks. */
    public static EncoderSettings defaults() {
        return new EncoderSettings(256, 32, 2_000);
    }

    public EncoderSettings withChunkTokens(int tokens) {
        return new EncoderSettings(tokens, batchSize, cacheSize);
    }

    public EncoderSettings withCacheSize(int entries) {
        return new EncoderSettings(chunkTokens, batchSize, entries);
    }
}
