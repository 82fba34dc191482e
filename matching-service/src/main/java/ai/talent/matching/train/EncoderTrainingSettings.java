package ai.talent.matching.train;

/**
 * Fine-tuning of the towers' encoder: steps and pairs per step, the transfer-learning settings (frozen lower layers,
 * top learning rate, per-layer decay, InfoNCE temperature), the token limit of a training text, and how hard
 * negatives are drawn: with probability {@code applicantNegativeShare} an applicant who was not hired, otherwise a
 * profile the pretrained encoder ranks between {@code mineFrom} and {@code mineTo} (1-based) for the project,
 * skipping the very top where unlabelled good fits sit.
 */
public record EncoderTrainingSettings(int steps, int batchSize, int frozenLayers, float learningRate,
                                      float layerDecay, float temperature, int maxTokens,
                                      double applicantNegativeShare, int mineFrom, int mineTo, long seed) {

    public EncoderTrainingSettings {
        if (steps < 1 || batchSize < 2 || frozenLayers < 0 || learningRate <= 0 || maxTokens < 8
                || applicantNegativeShare < 0 || applicantNegativeShare > 1 || mineFrom < 1 || mineTo < mineFrom) {
            throw new IllegalArgumentException("invalid encoder training settings: " + this);
        }
    }

    /** 300 steps of 16 pairs, layers 0-3 frozen, lr 5e-5 decaying 0.8 per layer, τ 0.05, 256 tokens. */
    public static EncoderTrainingSettings defaults() {
        return new EncoderTrainingSettings(300, 16, 4, 5e-5f, 0.8f, 0.05f, 256, 0.5, 3, 30, 42L);
    }

    public EncoderTrainingSettings withSteps(int n) {
        return new EncoderTrainingSettings(n, batchSize, frozenLayers, learningRate, layerDecay, temperature,
                maxTokens, applicantNegativeShare, mineFrom, mineTo, seed);
    }

    public EncoderTrainingSettings withBatch(int size, int tokens) {
        return new EncoderTrainingSettings(steps, size, frozenLayers, learningRate, layerDecay, temperature, tokens,
                applicantNegativeShare, mineFrom, mineTo, seed);
    }

    public EncoderTrainingSettings withLearningRate(float lr) {
        return new EncoderTrainingSettings(steps, batchSize, frozenLayers, lr, layerDecay, temperature, maxTokens,
                applicantNegativeShare, mineFrom, mineTo, seed);
    }
}
