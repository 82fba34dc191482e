package ai.talent.nn.text;

/**
 * Transfer-learning settings: the embeddings and the lowest {@code frozenLayers} layers keep their pretrained
 * weights; the top layer learns at {@code learningRate} and each layer below at {@code layerDecay} times
 * the one above (embeddings count as the layer under layer 0).
 */
public record FineTuneConfig(int frozenLayers, float learningRate, float layerDecay, float temperature,
        int batchSize, long seed) {

    public FineTuneConfig {
        if (frozenLayers < 0 || learningRate <= 0 || layerDecay <= 0 || layerDecay > 1 || temperature <= 0
                || batchSize < 2) {
            throw new IllegalArgumentException("invalid fine-tuning settings: " + this
                    + " (batchSize ≥ 2 is needed for in-batch negatives)");
        }
    }

    /** Embeddings and layers 0-3 frozen, lr 2e-5 at the top with 0.8 decay, temperature 0.05, batch 16. */
    public static FineTuneConfig defaults() {
        return new FineTuneConfig(4, 2e-5f, 0.8f, 0.05f, 16, 42L);
    }
}
