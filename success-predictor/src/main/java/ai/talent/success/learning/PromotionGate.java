package ai.talent.success.learning;

import java.util.Locale;

/**
 * Whether a candidate may replace the model being served: only if it is not worse on the recent window — its
 * log-loss at most the current model's plus {@code tolerance} (log-loss judges the probabilities themselves,
 * calibration included, which is what the service answers with).
 */
public record PromotionGate(double tolerance) {

    public record Decision(boolean promote, String reason) {
    }

    public Decision decide(double candidateLogLoss, double currentLogLoss, String currentVersion) {
        boolean promote = candidateLogLoss <= currentLogLoss + tolerance;
        String reason = String.format(Locale.ROOT, "window log-loss %.4f %s %s's %.4f%s", candidateLogLoss,
                promote ? "not worse than" : "worse than", currentVersion, currentLogLoss,
                tolerance > 0 ? String.format(Locale.ROOT, " (tolerance %.4f)", tolerance) : "");
        return new Decision(promote, reason);
    }
}
