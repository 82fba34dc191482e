package ai.talent.success.feature;

import java.util.List;

/** Sentence embeddings (unit length) for the text features; shared-nn's MiniLM {@code TextEncoder} in practice. */
public interface TextEmbedder {

    int dimension();

    float[] embed(String text);

    /** Embeddings of many texts, in their order; batched for speed, equal to {@link #embed} one by one. */
    float[][] embed(List<String> texts);
}
