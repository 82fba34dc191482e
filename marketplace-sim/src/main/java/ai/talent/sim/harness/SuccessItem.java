package ai.talent.sim.harness;

import ai.talent.domain.model.Client;
import ai.talent.domain.model.Contract;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import java.time.Instant;

/**
 * A contract to predict the success of, as the platform knows it when the contract is awarded: the project as
 * posted, the freelancer's profile as it stood then (rating and record included), the client, and the contract.
 * {@code id} is unique across seeds; predictions are keyed by it.
 */
public record SuccessItem(String id, Instant at, Project project, Freelancer freelancer, Client client,
                          Contract contract) {
}
