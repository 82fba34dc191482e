package ai.talent.success.feature;

import ai.talent.nn.text.TextEncoder;
import ai.talent.nn.text.TextEncoderConfig;
import java.util.List;

/**
 * The pretrained all-MiniLM-L6-v2 from its Maven artifact (no download), through shared-nn's cached,
 * thread-safe {@link TextEncoder}. Texts are cut at 128 word pieces, the length the model was trained on: the
 * role and domain of a project or profile are stated early, and at 256 pieces one long description cost about
 * 0.25 s of CPU here, which made embedding a simulated marketplace take minutes.
 */
public final class MiniLmEmbedder implements TextEmbedder, AutoCloseable {

    public static final int MAX_TOKENS = 128;

    private final TextEncoder encoder;

    public MiniLmEmbedder(int cacheSize) {
        this.encoder = TextEncoder.miniLm(TextEncoderConfig.defaults().withMaxLength(MAX_TOKENS)
                .withCacheSize(cacheSize));
    }

    @Override
    public int dimension() {
        return encoder.dimension();
    }

    @Override
    public float[] embed(String text) {
        return encoder.embed(text);
    }

    @Override
    public float[][] embed(List<String> texts) {
        return encoder.embed(texts);
    }

    @Override
    public void close() throws Exception {
        encoder.close();
    }
}
