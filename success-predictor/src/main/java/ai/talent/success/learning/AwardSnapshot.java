package ai.talent.success.learning;

import ai.talent.success.feature.PredictionInput;

/**
 * What the service predicted from when a contract was awarded: the features' input at that moment and the
 * model that answered. The value of the {@value #STORE} global store, keyed by contract id; a completed
 * contract's label turns it into a training example, so the model learns from exactly what it saw.
 */
public record AwardSnapshot(String contractId, PredictionInput input, double predicted, String modelVersion) {

    /** The global store (every replica holds it whole) and the suffix of its compacted topic. */
    public static final String STORE = "award-inputs";
}
