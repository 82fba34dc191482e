package ai.talent.success.model;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.talent.nn.block.ActivationKind;
import ai.talent.nn.block.MlpConfig;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.train.BceWithLogitsLoss;
import ai.talent.nn.train.EarlyStopping;
import ai.talent.nn.train.Inference;
import ai.talent.nn.train.ModelTrainer;
import ai.talent.nn.train.OptimizerConfig;
import ai.talent.nn.train.OptimizerKind;
import ai.talent.nn.train.TensorData;
import ai.talent.nn.train.TrainConfig;
import ai.talent.nn.train.TrainingResult;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Trains one MLP member on binary labels with shared-nn's trainer and hands back its weights. */
final class MemberTrainer {

    /** Rows per forward pass when scoring, to bound native memory. */
    static final int SCORE_CHUNK = 4096;

    private MemberTrainer() {
    }

    /**
     * A trained member: its saved parameters, the epoch that was best on its early-stopping rows, and its
     * logits for the rows it was asked to score (empty when none).
     */
    record Trained(byte[] parameters, int bestEpoch, float[] scores) {
    }

    static MlpConfig mlpConfig(MlpHyperparameters h) {
        return MlpConfig.builder().hidden(h.hidden()).outputs(1).activation(ActivationKind.RELU)
                .dropout(h.dropout()).build();
    }

    /**
     * Trains on {@code x[train]}; with {@code stopRows} it stops early on their log-loss and keeps the best epoch,
     * without them it runs exactly {@code h.maxEpochs()} epochs.
     */
    static Trained train(float[][] x, int[] y, int[] train, int[] stopRows, int[] scoreRows, MlpHyperparameters h,
                         long seed) {
        try (Model model = Model.newInstance("success-member");
                NDManager data = NnEngine.get().newBaseManager()) {
            model.setBlock(new WideAndDeep(mlpConfig(h)));
            TrainConfig.Builder config = TrainConfig.builder(new BceWithLogitsLoss()).epochs(h.maxEpochs())
                    .batchSize(h.batchSize())
                    .optimizer(new OptimizerConfig(OptimizerKind.ADAMW, h.learningRate(), 0f, h.weightDecay()))
                    .seed(seed).showProgress(false).runName("success-member");
            TensorData validation = null;
            if (stopRows != null) {
                config.earlyStopping(EarlyStopping.patience(h.patience()));
                validation = tensors(data, x, y, stopRows);
            }
            TrainingResult result = ModelTrainer.fit(model, config.build(), tensors(data, x, y, train), validation);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            model.getBlock().saveParameters(new DataOutputStream(bytes));
            float[] scores = new float[scoreRows == null ? 0 : scoreRows.length];
            if (scores.length > 0) {
                float[][] logits = logits(model.getBlock(), data, x, scoreRows);
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = logits[i][0];
                }
            }
            return new Trained(bytes.toByteArray(), result.bestEpoch(), scores);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save a trained member's parameters", e);
        }
    }

    static TensorData tensors(NDManager manager, float[][] x, int[] y, int[] rows) {
        return TensorData.of(matrix(manager, x, rows), labels(manager, y, rows));
    }

    static NDArray matrix(NDManager manager, float[][] x, int[] rows) {
        int d = x[rows[0]].length;
        float[] flat = new float[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(x[rows[i]], 0, flat, i * d, d);
        }
        return manager.create(flat, new Shape(rows.length, d));
    }

    static NDArray labels(NDManager manager, int[] y, int[] rows) {
        float[] labels = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            labels[i] = y[rows[i]];
        }
        return manager.create(labels, new Shape(rows.length, 1));
    }

    /** Logits of a block over {@code [batch, members]} (or one column) for the given rows, row-major. */
    static float[][] logits(Block block, NDManager parent, float[][] x, int[] rows) {
        float[][] out = new float[rows.length][];
        for (int from = 0; from < rows.length; from += SCORE_CHUNK) {
            int to = Math.min(rows.length, from + SCORE_CHUNK);
            int[] chunk = java.util.Arrays.copyOfRange(rows, from, to);
            try (NDManager scratch = parent.newSubManager()) {
                NDArray result = Inference.forward(block, new NDList(matrix(scratch, x, chunk))).singletonOrThrow();
                int columns = (int) result.getShape().get(1);
                float[] flat = result.toFloatArray();
                for (int i = 0; i < chunk.length; i++) {
                    out[from + i] = java.util.Arrays.copyOfRange(flat, i * columns, (i + 1) * columns);
                }
            }
        }
        return out;
    }
}
