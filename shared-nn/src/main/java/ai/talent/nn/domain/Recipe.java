package ai.talent.nn.domain;

import ai.talent.nn.text.FineTuneConfig;
import java.util.Locale;

/**
 * How the domain encoder is fine-tuned: which layers stay frozen (the embeddings always do: their Korean rows in
 * the bilingual student must keep what distillation taught them, and the update of the whole table would dominate
 * a step), the top layer's learning rate and its decay per layer below, InfoNCE temperature, pairs per step, hard
 * negatives per pair per step, and how many are mined per anchor (a step samples among them).
 */
public record Recipe(int frozenLayers, float learningRate, float layerDecay, float temperature, int batchSize,
        int hardNegatives, int mined) {

    public Recipe {
        if (mined < hardNegatives) {
            throw new IllegalArgumentException("mine at least as many hard negatives as a step uses: " + mined + " < "
                    + hardNegatives);
        }
    }

    /** Layer-wise decay over all six layers, embeddings frozen. */
    public static Recipe defaults() {
        return new Recipe(0, 5e-5f, 0.8f, 0.05f, 64, 1, 3);
    }

    public FineTuneConfig config(long seed) {
        return new FineTuneConfig(frozenLayers, true, learningRate, layerDecay, temperature, batchSize, hardNegatives,
                seed);
    }

    public Recipe withFrozenLayers(int n) {
        return new Recipe(n, learningRate, layerDecay, temperature, batchSize, hardNegatives, mined);
    }

    public Recipe withLearningRate(float lr) {
        return new Recipe(frozenLayers, lr, layerDecay, temperature, batchSize, hardNegatives, mined);
    }

    public Recipe withLayerDecay(float decay) {
        return new Recipe(frozenLayers, learningRate, decay, temperature, batchSize, hardNegatives, mined);
    }

    public Recipe withBatchSize(int n) {
        return new Recipe(frozenLayers, learningRate, layerDecay, temperature, n, hardNegatives, mined);
    }

    public Recipe withHardNegatives(int perStep, int perAnchor) {
        return new Recipe(frozenLayers, learningRate, layerDecay, temperature, batchSize, perStep, perAnchor);
    }

    public Recipe withTemperature(float t) {
        return new Recipe(frozenLayers, learningRate, layerDecay, t, batchSize, hardNegatives, mined);
    }

    /** A short label for tables and curves. */
    public String label() {
        return String.format(Locale.ROOT, "frozen=%d lr=%.0e decay=%.2f t=%.2f batch=%d hn=%d/%d", frozenLayers,
                learningRate, layerDecay, temperature, batchSize, hardNegatives, mined);
    }
}
