package ai.talent.nn.train;

import java.nio.file.Path;
import java.util.List;

/**
 * Outcome of {@link ModelTrainer#fit}.
 *
 * @param bestEpoch 1-based epoch with the best validation metric (the last epoch without validation)
 * @param restoredBest whether the model now holds the best epoch's weights
 * @param finalTrainLoss mean training loss of the last epoch run
 * @param curvesCsv written CSV, or null; curvesPng likewise
 */
public record TrainingResult(
        List<EpochStats> history,
        int bestEpoch,
        double bestMetric,
        boolean stoppedEarly,
        boolean restoredBest,
        double finalTrainLoss,
        long steps,
        Path curvesCsv,
        Path curvesPng) {

    public TrainingResult {
        history = List.copyOf(history);
    }
}
