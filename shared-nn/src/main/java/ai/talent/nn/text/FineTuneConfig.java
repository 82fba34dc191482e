package ai.talent.nn.text;

/**
 * Transfer-learning settings: the lowest {@code frozenLayers} layers keep their pretrained weights, and so do the
 * embeddings when {@code freezeEmbeddings}; the top layer learns at {@code learningRate} and each layer below at
 * {@code layerDecay} times the one above (embeddings count as the layer under layer 0). Each step takes
 * {@code batchSize} pairs and up to {@code hardNegatives} of each pair's hard negatives.
 */
public record FineTuneConfig(int frozenLayers, boolean freezeEmbeddings, float learningRate, float layerDecay,
        float temperature, int batchSize, int hardNegatives, long seed) {

    public FineTuneConfig {
        if (frozenLayers < 0 || learningRate <= 0 || layerDecay <= 0 || layerDecay > 1 || temperature <= 0
                || batchSize < 2 || hardNegatives < 0) {
            throw new IllegalArgumentException("invalid fine-tuning settings: " + this
                    + " (batchSize ≥ 2 is needed for in-batch negatives)");
        }
    }

    /**
     * Settings where freezing any layer freezes the embeddings too, and each pair contributes one hard negative
     * per step when it has any.
     */
    public FineTuneConfig(int frozenLayers, float learningRate, float layerDecay, float temperature, int batchSize,
            long seed) {
        this(frozenLayers, frozenLayers > 0, learningRate, layerDecay, temperature, batchSize, 1, seed);
    }

    /** Embeddings and layers 0-3 frozen, lr 2e-5 at the top with 0.8 decay, temperature 0.05, batch 16. */
    public static FineTuneConfig defaults() {
        return new FineTuneConfig(4, 2e-5f, 0.8f, 0.05f, 16, 42L);
    }

    /** The same settings with up to {@code n} hard negatives of each pair per step (0 = in-batch only). */
    public FineTuneConfig withHardNegatives(int n) {
        return new FineTuneConfig(frozenLayers, freezeEmbeddings, learningRate, layerDecay, temperature, batchSize, n,
                seed);
    }

    /** The same settings with the embeddings frozen or trained regardless of {@code frozenLayers}. */
    public FineTuneConfig withFreezeEmbeddings(boolean freeze) {
        return new FineTuneConfig(frozenLayers, freeze, learningRate, layerDecay, temperature, batchSize,
                hardNegatives, seed);
    }
}
