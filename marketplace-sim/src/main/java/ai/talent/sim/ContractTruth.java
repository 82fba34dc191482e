package ai.talent.sim;

/**
 * The hidden facts of a contract: the latent fit of the hired freelancer and the true success probability
 * the outcome was drawn from (the success label is on the contract.completed event).
 */
public record ContractTruth(String contractId, double fit, double successProbability) {
}
