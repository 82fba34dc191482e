package ai.talent.success.feature;

import ai.talent.nn.text.TextEncoder;
import java.util.List;

/**
 * Sentence embeddings from one of shared-nn's frozen {@link TextEncoder}s (thread-safe, with its own cache):
 * MiniLM ({@link MiniLmEmbedder}, what the service serves) or another encoder of the suite's choice (the
 * evaluation's {@code --encoder}).
 */
public class EncoderEmbedder implements TextEmbedder, AutoCloseable {

    private final TextEncoder encoder;
    private final String id;

    /** @param id what the encoder is ({@code EncoderSelection.id()}) */
    public EncoderEmbedder(TextEncoder encoder, String id) {
        this.encoder = encoder;
        this.id = id;
    }

    @Override
    public String encoderId() {
        return id;
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
