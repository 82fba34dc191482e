package ai.talent.success.feature;

import java.util.List;

/** Sentence embeddings (unit length) for the text features; shared-nn's MiniLM {@code TextEncoder} in practice. */
public interface TextEmbedder {

    int dimension();

    /**
     * The encoder's id ({@code EncoderSelection.id()}: {@code all-MiniLM-L6-v2}, {@code encoder-bilingual v3}): the
     * vector space the embeddings live in, recorded in a trained model's spec so that it is served in the same one.
     */
    String encoderId();

    float[] embed(String text);

    /** Embeddings of many texts, in their order; batched for speed, equal to {@link #embed} one by one. */
    float[][] embed(List<String> texts);
}
