package ai.talent.success.model;

import ai.talent.nn.tune.Config;
import ai.talent.nn.tune.ContinuousParam;
import ai.talent.nn.tune.IntParam;
import ai.talent.nn.tune.LogContinuousParam;
import ai.talent.nn.tune.SearchSpace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One ensemble member's shape and training: hidden widths (each layer half the one before), dropout, AdamW's
 * learning rate and decoupled weight decay, batch size, and the epoch budget with early-stopping patience.
 */
public record MlpHyperparameters(List<Integer> hidden, float dropout, float learningRate, float weightDecay,
                                 int batchSize, int maxEpochs, int patience) {

    public MlpHyperparameters {
        hidden = List.copyOf(hidden);
    }

    public static MlpHyperparameters defaults() {
        return new MlpHyperparameters(List.of(64, 32), 0.1f, 3e-3f, 1e-2f, 128, 60, 10);
    }

    /** What the Bayesian tuner searches: first width, depth, dropout, learning rate, weight decay. */
    public static SearchSpace searchSpace() {
        return SearchSpace.of(new IntParam("width", 16, 192), new IntParam("layers", 1, 3),
                new ContinuousParam("dropout", 0.0, 0.4), new LogContinuousParam("lr", 1e-3, 1e-2),
                new LogContinuousParam("weight_decay", 1e-4, 0.1));
    }

    /** {@link #defaults()} as a point of {@link #searchSpace()}: the tuner's result must beat it to be used. */
    public static Config defaultConfig() {
        MlpHyperparameters d = defaults();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("width", d.hidden().get(0));
        values.put("layers", d.hidden().size());
        values.put("dropout", (double) d.dropout());
        values.put("lr", (double) d.learningRate());
        values.put("weight_decay", (double) d.weightDecay());
        return new Config(values);
    }

    public MlpHyperparameters with(Config config) {
        List<Integer> widths = new ArrayList<>();
        int width = config.getInt("width");
        for (int l = 0; l < config.getInt("layers"); l++) {
            widths.add(Math.max(4, width >> l));
        }
        return new MlpHyperparameters(widths, (float) config.getDouble("dropout"), (float) config.getDouble("lr"),
                (float) config.getDouble("weight_decay"), batchSize, maxEpochs, patience);
    }

    /** Small data gets small batches (enough updates per epoch), large data large ones: n / 20 in [32, 256]. */
    public MlpHyperparameters withBatchFor(int rows) {
        return new MlpHyperparameters(hidden, dropout, learningRate, weightDecay, Math.max(32, Math.min(256, rows / 20)),
                maxEpochs, patience);
    }

    public MlpHyperparameters withMaxEpochs(int epochs) {
        return new MlpHyperparameters(hidden, dropout, learningRate, weightDecay, batchSize, epochs, patience);
    }
}
