package ai.talent.success.feature;

/**
 * One MiniLM for every test class of this module (loading it costs seconds); it lives as long as the test JVM,
 * whose exit frees its native memory.
 */
public final class SharedEncoder {

    private static MiniLmEmbedder encoder;

    private SharedEncoder() {
    }

    public static synchronized MiniLmEmbedder miniLm() {
        if (encoder == null) {
            encoder = new MiniLmEmbedder(20_000);
        }
        return encoder;
    }
}
