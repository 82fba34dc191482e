package ai.talent.nn.kt;

/**
 * How {@link KtTrainer} trains a knowledge-tracing network.
 *
 * @param epochs most passes over the training rows
 * @param batchSize most windows per update (windows of similar length are batched together)
 * @param window training sequences are cut into windows of at most this many rows, as AKT's loader does
 * @param learningRate Adam's learning rate
 * @param patience stop after this many epochs without a better validation AUC (the best weights are kept)
 * @param clipNorm largest global gradient norm, 0 for no clipping
 * @param seed seeds initialisation, dropout and the batch order
 * @param showProgress a progress bar on a terminal, periodic log lines otherwise
 * @param runName label in progress lines
 */
public record KtTrainConfig(int epochs, int batchSize, int window, float learningRate, int patience, float clipNorm,
                            long seed, boolean showProgress, String runName) {

    public KtTrainConfig {
        if (epochs < 1 || batchSize < 1 || window < 1 || patience < 1) {
            throw new IllegalArgumentException("epochs, batch size, window and patience must be >= 1, got "
                    + epochs + ", " + batchSize + ", " + window + ", " + patience);
        }
        if (!(learningRate > 0) || clipNorm < 0) {
            throw new IllegalArgumentException("learning rate must be > 0 and clipNorm >= 0, got " + learningRate + ", " + clipNorm);
        }
    }

    public static KtTrainConfig defaults() {
        return new KtTrainConfig(30, 64, 200, 1e-3f, 3, 5f, 42L, true, "kt");
    }

    public KtTrainConfig withEpochs(int v) {
        return new KtTrainConfig(v, batchSize, window, learningRate, patience, clipNorm, seed, showProgress, runName);
    }

    public KtTrainConfig withBatchSize(int v) {
        return new KtTrainConfig(epochs, v, window, learningRate, patience, clipNorm, seed, showProgress, runName);
    }

    public KtTrainConfig withWindow(int v) {
        return new KtTrainConfig(epochs, batchSize, v, learningRate, patience, clipNorm, seed, showProgress, runName);
    }

    public KtTrainConfig withLearningRate(float v) {
        return new KtTrainConfig(epochs, batchSize, window, v, patience, clipNorm, seed, showProgress, runName);
    }

    public KtTrainConfig withPatience(int v) {
        return new KtTrainConfig(epochs, batchSize, window, learningRate, v, clipNorm, seed, showProgress, runName);
    }

    public KtTrainConfig withSeed(long v) {
        return new KtTrainConfig(epochs, batchSize, window, learningRate, patience, clipNorm, v, showProgress, runName);
    }

    public KtTrainConfig withProgress(boolean show, String run) {
        return new KtTrainConfig(epochs, batchSize, window, learningRate, patience, clipNorm, seed, show, run);
    }
}
