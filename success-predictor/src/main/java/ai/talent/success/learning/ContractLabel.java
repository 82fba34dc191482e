package ai.talent.success.learning;

import ai.talent.domain.event.ContractCompleted;
import java.time.Instant;

/**
 * How a contract ended (the label of its award's snapshot): the value of the {@value #STORE} global store,
 * keyed by contract id, built by the keyed-state topology from {@code contract.completed}.
 */
public record ContractLabel(String contractId, boolean succeeded, Instant completedAt) {

    public static final String STORE = "contract-labels";

    public static ContractLabel of(ContractCompleted completed) {
        return new ContractLabel(completed.contractId(), completed.successful(), completed.occurredAt());
    }
}
