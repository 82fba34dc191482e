package ai.talent.nn.train;

import ai.djl.training.loss.Loss;
import java.nio.file.Path;

/**
 * Everything {@link ModelTrainer#fit} needs besides the model and the data. Build with
 * {@link #builder(Loss)}; the defaults live in the builder.
 *
 * @param loss training objective (also reported on the validation set)
 * @param epochs maximum passes over the training data
 * @param batchSize examples (or lists, for ranking losses) per update
 * @param optimizer update rule
 * @param schedule learning-rate curve; null means constant at the optimiser's rate
 * @param l1 weight of the L1 penalty on weight tensors (biases and norm scales are not penalised)
 * @param l2 weight of the L2 penalty ({@code l2 · Σw²}) on weight tensors
 * @param clipNorm maximum global L2 norm of the gradient, 0 for no clipping
 * @param earlyStopping null to always run all epochs
 * @param metric validation metric for early stopping and best epoch; null means validation loss
 * @param seed seeds DJL's engine (initialisation, dropout) and the shuffling
 * @param reportDir where the curve CSV and PNG go; null writes nothing
 * @param runName file name stem for reports and the label in progress lines
 * @param showProgress progress bar on a terminal / periodic log lines otherwise
 */
public record TrainConfig(
        Loss loss,
        int epochs,
        int batchSize,
        OptimizerConfig optimizer,
        LrSchedule schedule,
        float l1,
        float l2,
        float clipNorm,
        EarlyStopping earlyStopping,
        ValidationMetric metric,
        long seed,
        Path reportDir,
        String runName,
        boolean showProgress) {

    public static final int DEFAULT_EPOCHS = 10;
    public static final int DEFAULT_BATCH = 64;
    public static final float DEFAULT_LR = 1e-3f;
    public static final long DEFAULT_SEED = 42L;

    public TrainConfig {
        if (loss == null || optimizer == null) {
            throw new IllegalArgumentException("a training run needs a loss and an optimizer");
        }
        if (epochs < 1 || batchSize < 1) {
            throw new IllegalArgumentException("epochs and batch size must be >= 1, got " + epochs + ", " + batchSize);
        }
        if (l1 < 0 || l2 < 0 || clipNorm < 0) {
            throw new IllegalArgumentException("l1, l2 and clipNorm must be >= 0, got " + l1 + ", " + l2 + ", " + clipNorm);
        }
        if (runName == null || runName.isBlank()) {
            throw new IllegalArgumentException("runName must not be blank (it names the report files)");
        }
    }

    public static Builder builder(Loss loss) {
        return new Builder(loss);
    }

    /** The learning-rate curve actually used. */
    public LrSchedule effectiveSchedule() {
        return schedule != null ? schedule : LrSchedule.constant(optimizer.learningRate());
    }

    /** Builder holding the defaults: 10 epochs, batch 64, Adam 1e-3, seed 42, no penalties, no reports. */
    public static final class Builder {
        private final Loss loss;
        private int epochs = DEFAULT_EPOCHS;
        private int batchSize = DEFAULT_BATCH;
        private OptimizerConfig optimizer = OptimizerConfig.adam(DEFAULT_LR);
        private LrSchedule schedule;
        private float l1;
        private float l2;
        private float clipNorm;
        private EarlyStopping earlyStopping;
        private ValidationMetric metric;
        private long seed = DEFAULT_SEED;
        private Path reportDir;
        private String runName = "model";
        private boolean showProgress = true;

        private Builder(Loss loss) {
            this.loss = loss;
        }

        public Builder epochs(int v) {
            epochs = v;
            return this;
        }

        public Builder batchSize(int v) {
            batchSize = v;
            return this;
        }

        public Builder optimizer(OptimizerConfig v) {
            optimizer = v;
            return this;
        }

        public Builder schedule(LrSchedule v) {
            schedule = v;
            return this;
        }

        public Builder l1(float v) {
            l1 = v;
            return this;
        }

        public Builder l2(float v) {
            l2 = v;
            return this;
        }

        public Builder clipNorm(float v) {
            clipNorm = v;
            return this;
        }

        public Builder earlyStopping(EarlyStopping v) {
            earlyStopping = v;
            return this;
        }

        public Builder metric(ValidationMetric v) {
            metric = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder reportDir(Path v) {
            reportDir = v;
            return this;
        }

        public Builder runName(String v) {
            runName = v;
            return this;
        }

        public Builder showProgress(boolean v) {
            showProgress = v;
            return this;
        }

        public TrainConfig build() {
            return new TrainConfig(loss, epochs, batchSize, optimizer, schedule, l1, l2, clipNorm, earlyStopping,
                    metric, seed, reportDir, runName, showProgress);
        }
    }
}
