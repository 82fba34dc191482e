package ai.talent.nn.kt;

/**
 * How {@link KtTrainer} trains a knowledge-tracing network.
 *
 * @param epochs most passes over the training rows
 * @param batchSize most windows per update (windows of similar length are batched together)
 * @param maxCells most (window × row × row) cells per batch, 0 for no limit: bounds attention's
 *     {@code [B, heads, T, T]} arrays (large ones are slow to allocate), so long windows come in smaller batches
 * @param window training sequences are cut into windows of at most this many rows, as AKT's loader does
 * @param validationWindow the validation history restarts every this many rows (0: whole history); a bound
 *     keeps attention's validation pass cheap
 * @param learningRate Adam's learning rate
 * @param sparseLearningRate Adagrad's learning rate for the network's {@link KtNetwork#sparseParameters()}
 * @param patience stop after this many epochs without a better validation AUC (the best weights are kept)
 * @param clipNorm largest global gradient norm, 0 for no clipping
 * @param seed seeds initialisation, dropout and the batch order
 * @param showProgress a progress bar on a terminal, periodic log lines otherwise
 * @param runName label in progress lines
 * @param maxSeconds wall-time budget of the training, 0 for none: no epoch starts that would, at the pace of the
 *     last one, end past it (the best epoch so far is kept); on shared cores it keeps a five-fold run in bounds
 * @param plateauDecay after an epoch in which no protocol's validation AUC improved, the learning rates (Adam's
 *     and Adagrad's) are multiplied by this (1: never changed); patience still counts from the last improvement
 */
public record KtTrainConfig(int epochs, int batchSize, long maxCells, int window, int validationWindow,
                            float learningRate, float sparseLearningRate, int patience, float clipNorm,
                            long seed, boolean showProgress, String runName, double maxSeconds, float plateauDecay) {

    public KtTrainConfig {
        if (epochs < 1 || batchSize < 1 || maxCells < 0 || window < 1 || validationWindow < 0 || patience < 1) {
            throw new IllegalArgumentException("epochs, batch size, window and patience must be >= 1, got "
                    + epochs + ", " + batchSize + ", " + window + ", " + patience);
        }
        if (!(plateauDecay > 0) || plateauDecay > 1) {
            throw new IllegalArgumentException("plateauDecay must be in (0, 1], got " + plateauDecay);
        }
        if (maxSeconds < 0) {
            throw new IllegalArgumentException("maxSeconds must be >= 0, got " + maxSeconds);
        }
        if (!(learningRate > 0) || !(sparseLearningRate > 0) || clipNorm < 0) {
            throw new IllegalArgumentException("learning rate must be > 0 and clipNorm >= 0, got " + learningRate + ", " + clipNorm);
        }
    }

    public static KtTrainConfig defaults() {
        return new KtTrainConfig(30, 64, 0, 200, 0, 1e-3f, 0.05f, 3, 5f, 42L, true, "kt", 0, 1f);
    }

    public KtTrainConfig withEpochs(int v) {
        return new KtTrainConfig(v, batchSize, maxCells, window, validationWindow, learningRate,
                sparseLearningRate, patience, clipNorm, seed, showProgress, runName, maxSeconds, plateauDecay);
    }

    public KtTrainConfig withBatchSize(int v) {
        return new KtTrainConfig(epochs, v, maxCells, window, validationWindow, learningRate,
                sparseLearningRate, patience, clipNorm, seed, showProgress, runName, maxSeconds, plateauDecay);
    }

    public KtTrainConfig withMaxCells(long v) {
        return new KtTrainConfig(epochs, batchSize, v, window, validationWindow, learningRate,
                sparseLearningRate, patience, clipNorm, seed, showProgress, runName, maxSeconds, plateauDecay);
    }

    public KtTrainConfig withWindow(int v) {
        return new KtTrainConfig(epochs, batchSize, maxCells, v, validationWindow, learningRate,
                sparseLearningRate, patience, clipNorm, seed, showProgress, runName, maxSeconds, plateauDecay);
    }

    public KtTrainConfig withValidationWindow(int v) {
        return new KtTrainConfig(epochs, batchSize, maxCells, window, v, learningRate, sparseLearningRate,
                patience, clipNorm, seed, showProgress, runName, maxSeconds, plateauDecay);
    }

    public KtTrainConfig withLearningRate(float v) {
        return new KtTrainConfig(epochs, batchSize, maxCells, window, validationWindow, v,
                sparseLearningRate, patience, clipNorm, seed, showProgress, runName, maxSeconds, plateauDecay);
    }

    public KtTrainConfig withSparseLearningRate(float v) {
        return new KtTrainConfig(epochs, batchSize, maxCells, window, validationWindow, learningRate, v,
                patience, clipNorm, seed, showProgress, runName, maxSeconds, plateauDecay);
    }

    public KtTrainConfig withPatience(int v) {
        return new KtTrainConfig(epochs, batchSize, maxCells, window, validationWindow, learningRate,
                sparseLearningRate, v, clipNorm, seed, showProgress, runName, maxSeconds, plateauDecay);
    }

    public KtTrainConfig withSeed(long v) {
        return new KtTrainConfig(epochs, batchSize, maxCells, window, validationWindow, learningRate,
                sparseLearningRate, patience, clipNorm, v, showProgress, runName, maxSeconds, plateauDecay);
    }

    public KtTrainConfig withProgress(boolean show, String run) {
        return new KtTrainConfig(epochs, batchSize, maxCells, window, validationWindow, learningRate,
                sparseLearningRate, patience, clipNorm, seed, show, run, maxSeconds, plateauDecay);
    }

    public KtTrainConfig withMaxSeconds(double v) {
        return new KtTrainConfig(epochs, batchSize, maxCells, window, validationWindow, learningRate,
                sparseLearningRate, patience, clipNorm, seed, showProgress, runName, v, plateauDecay);
    }

    public KtTrainConfig withPlateauDecay(float v) {
        return new KtTrainConfig(epochs, batchSize, maxCells, window, validationWindow, learningRate,
                sparseLearningRate, patience, clipNorm, seed, showProgress, runName, maxSeconds, v);
    }
}
