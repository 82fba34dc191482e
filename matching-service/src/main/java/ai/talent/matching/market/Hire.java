package ai.talent.matching.market;

import ai.talent.domain.model.ContractOutcome;
import java.time.Instant;

/** A freelancer hired for a project (a ranking label), with the outcome once the contract completes. */
public record Hire(String contractId, String projectId, String freelancerId, long agreedRateKrw, Instant awardedAt,
                   ContractOutcome outcome, Integer clientRating) {

    Hire completed(ContractOutcome outcome, int clientRating) {
        return new Hire(contractId, projectId, freelancerId, agreedRateKrw, awardedAt, outcome, clientRating);
    }
}
