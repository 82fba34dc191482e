package ai.talent.matching.text;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.text.EncoderSelection;
import ai.talent.nn.text.TextTokenizer;
import ai.talent.nn.transformer.BertEncoder;
import java.nio.file.Path;

/**
 * The encoder the towers are fine-tuned from and, until a fine-tuned {@value MatchEncoders#MODEL} is promoted, served
 * as: the suite's one encoder choice ({@code talent.encoder.choice}, shared-nn's {@link EncoderSelection}) — the
 * pretrained all-MiniLM-L6-v2 from its Maven artifact, or a bilingual or domain-tuned encoder from the model registry.
 */
public record TowerBase(EncoderSelection selection) {

    public static TowerBase miniLm() {
        return new TowerBase(EncoderSelection.teacher());
    }

    /** The encoder's model and version ({@code all-MiniLM-L6-v2}, {@code encoder-bilingual v3}). */
    public String name() {
        return selection.id();
    }

    public boolean isMiniLm() {
        return selection.isTeacher();
    }

    /** The published tokenizer.json; null for MiniLM (its tokenizer is a class-path resource). */
    public Path tokenizer() {
        return selection.tokenizer();
    }

    /** A trainable copy of the base's weights, in {@code manager}. */
    public BertEncoder load(NDManager manager) {
        return selection.trainable(manager);
    }

    public TextTokenizer tokenizer(int maxLength) {
        return selection.tokenizer(maxLength);
    }

    /** The base as it is, served for the towers (no fine-tuning). */
    public ChunkedEncoder serving(EncoderSettings settings) {
        return MatchEncoders.serving(selection, settings);
    }
}
