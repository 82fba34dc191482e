package ai.talent.success.rest;

import ai.talent.success.learning.SuccessModels;
import ai.talent.success.reason.Reason;
import java.util.List;

/**
 * One prediction: the calibrated probability, its 90 % interval, the ensemble's spread, the model version that
 * answered (a registry version such as {@code v3}, or {@code baseline-logistic-1} while no learned model has
 * been promoted) and the reasons, largest first, each a sentence with its signed contribution.
 */
public record PredictionAnswer(String projectId, String freelancerId, double probability, Interval interval,
                               double uncertainty, String modelVersion, List<Reason> reasons) {

    /** The interval's bounds and its nominal coverage (0.9). */
    public record Interval(double lower, double upper, double level) {
    }

    static PredictionAnswer of(String projectId, String freelancerId, SuccessModels.Answer a) {
        return new PredictionAnswer(projectId, freelancerId, a.probability(), new Interval(a.lower(), a.upper(), 0.9),
                a.uncertainty(), a.modelVersion(), a.reasons());
    }
}
