package ai.talent.success.model;

import ai.talent.nn.tune.Config;
import ai.talent.nn.tune.ContinuousParam;
import ai.talent.nn.tune.IntParam;
import ai.talent.nn.tune.LogContinuousParam;
import ai.talent.nn.tune.SearchSpace;
import java.util.ArrayList;
import java.util.List;

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
        return new MlpHyperparameters(List.of(64, 32), 0.1f, 3e-3f, 1e-2f, 128, 60, 6);
    }

    /** What the Bayesian tuner searches: first width, depth, dropout, learning rate, weight decay. */
    public static SearchSpace searchSpace() {
        return SearchSpace.of(new IntParam("width", 16, 192), new IntParam("layers", 1, 3),
                new ContinuousParam("dropout", 0.0, 0.5), new LogContinuousParam("lr", 3e-4, 1e-2),
                new LogContinuousParam("weight_decay", 1e-4, 0.3));
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

    public MlpHyperparameters withMaxEpochs(int epochs) {
        return new MlpHyperparameters(hidden, dropout, learningRate, weightDecay, batchSize, epochs, patience);
    }
}
