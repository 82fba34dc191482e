package ai.talent.nn.text;

import java.util.List;

/** A loaded encoder and the {@link EncoderSelection} it came from; closing it closes the encoder. */
public record ChosenEncoder(TextEncoder encoder, EncoderSelection selection) implements AutoCloseable {

    public String description() {
        return selection.description();
    }

    public boolean readsHangul() {
        return selection.readsHangul();
    }

    public float[][] embed(List<String> texts) {
        return encoder.embed(texts);
    }

    @Override
    public void close() throws Exception {
        encoder.close();
    }
}
