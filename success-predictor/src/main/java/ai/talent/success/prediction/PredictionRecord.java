package ai.talent.success.prediction;

import ai.talent.domain.event.SuccessPredicted;

/** A prediction made for an awarded contract, and its label once the contract completed (null until then). */
public record PredictionRecord(String contractId, SuccessPredicted prediction, Boolean succeeded) {
}
