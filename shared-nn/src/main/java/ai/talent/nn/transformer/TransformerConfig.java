package ai.talent.nn.transformer;

/**
 * Size of a BERT-style encoder. {@code causal} masks attention to future positions, for sequence models
 * that must not look ahead.
 */
public record TransformerConfig(int vocabSize, int hidden, int heads, int layers, int intermediate,
        int maxPositions, int typeVocabSize, float layerNormEps, boolean causal) {

    /** BERT's LayerNorm epsilon. */
    public static final float BERT_EPS = 1e-12f;

    public TransformerConfig {
        if (hidden % heads != 0) {
            throw new IllegalArgumentException("hidden size " + hidden + " is not divisible by " + heads + " heads");
        }
        if (vocabSize <= 0 || layers < 0 || intermediate <= 0 || maxPositions <= 0 || typeVocabSize <= 0) {
            throw new IllegalArgumentException("encoder sizes must be positive: " + this);
        }
    }

    /** The all-MiniLM-L6-v2 geometry: 6 layers, 384 hidden, 12 heads, 1536 feed-forward. */
    public static TransformerConfig miniLm() {
        return new TransformerConfig(30522, 384, 12, 6, 1536, 512, 2, BERT_EPS, false);
    }

    /** A small encoder for tests and toy tasks. */
    public static TransformerConfig tiny(int vocabSize, int hidden, int heads, int layers, int maxPositions) {
        return new TransformerConfig(vocabSize, hidden, heads, layers, hidden * 4, maxPositions, 2, BERT_EPS, false);
    }

    /** The same geometry with {@code layers} layers. */
    public TransformerConfig withLayers(int n) {
        return new TransformerConfig(vocabSize, hidden, heads, n, intermediate, maxPositions, typeVocabSize,
                layerNormEps, causal);
    }

    /** The same geometry with future positions masked (or not). */
    public TransformerConfig withCausal(boolean isCausal) {
        return new TransformerConfig(vocabSize, hidden, heads, layers, intermediate, maxPositions, typeVocabSize,
                layerNormEps, isCausal);
    }

    /** Width of one attention head. */
    public int headSize() {
        return hidden / heads;
    }
}
