package ai.talent.sim;

/**
 * The hidden facts of a contract: the latent fit of the hired freelancer, the true success probability the
 * outcome was drawn from (the success label is on the contract.completed event), and the terms of its log-odds that
 * no stated fact carries: the freelancer's reliability (shown only by the outcomes and ratings it earns), the
 * client–freelancer compatibility (shown only by repeat hires and ratings) and the client's quality (shown only by
 * the client's history). Without them the log-odds is what the stated facts decide, on true skill levels:
 * {@link #statedLogit()}.
 *
 * @param reliabilityTerm   the reliability's share of the success log-odds
 * @param compatibilityTerm the compatibility's share of the success log-odds
 * @param clientTerm        the client quality's share of the success log-odds
 * @param declaredSkillTerm what the success log-odds would change by were the skill levels those the profile
 *                          declares instead of the true ones
 */
public record ContractTruth(String contractId, double fit, double successProbability, double successLogit,
                            double reliabilityTerm, double compatibilityTerm, double clientTerm,
                            double declaredSkillTerm) {

    /** The success log-odds without the hidden terms. */
    public double statedLogit() {
        return successLogit - reliabilityTerm - compatibilityTerm - clientTerm;
    }

    /** {@link #statedLogit()} on the declared skill levels: what the profile as written decides. */
    public double profileLogit() {
        return statedLogit() + declaredSkillTerm;
    }
}
