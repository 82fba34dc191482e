package ai.talent.success.learning;

import ai.talent.success.feature.PredictionInput;

/** A labelled contract: the input its award was predicted from and whether it succeeded. */
public record Example(String contractId, PredictionInput input, boolean succeeded) {
}
