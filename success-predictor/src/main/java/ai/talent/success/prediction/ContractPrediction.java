package ai.talent.success.prediction;

import ai.talent.domain.event.SuccessPredicted;

/**
 * One contract of a project as the predictor tracks it: who was hired, the prediction made for it once it is on
 * the predictions topic, and whether it succeeded once it completed (null until then).
 */
public record ContractPrediction(String contractId, String freelancerId, SuccessPredicted prediction,
                                 Boolean succeeded) {

    ContractPrediction withContract(String id) {
        return new ContractPrediction(id, freelancerId, prediction, succeeded);
    }

    ContractPrediction withPrediction(SuccessPredicted p) {
        return new ContractPrediction(contractId, freelancerId, p, succeeded);
    }

    ContractPrediction withOutcome(boolean success) {
        return new ContractPrediction(contractId, freelancerId, prediction, success);
    }

    boolean complete() {
        return contractId != null && prediction != null;
    }
}
