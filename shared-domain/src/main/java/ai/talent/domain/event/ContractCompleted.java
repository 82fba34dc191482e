package ai.talent.domain.event;

import ai.talent.domain.model.Checks;
import ai.talent.domain.model.ContractOutcome;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A contract ended with an outcome and the client's rating 1–5; the success label. Keyed by project id. */
public record ContractCompleted(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("contractId") String contractId,
        @JsonProperty("projectId") String projectId,
        @JsonProperty("freelancerId") String freelancerId,
        @JsonProperty("clientId") String clientId,
        @JsonProperty("outcome") ContractOutcome outcome,
        @JsonProperty("clientRating") int clientRating,
        @JsonProperty("completedAt") Instant completedAt) implements ContractEvent {

    public ContractCompleted {
        Checks.id(eventId, "eventId");
        Checks.present(occurredAt, "occurredAt");
        Checks.id(contractId, "contractId");
        Checks.id(projectId, "projectId");
        Checks.id(freelancerId, "freelancerId");
        Checks.id(clientId, "clientId");
        Checks.present(outcome, "outcome");
        Checks.range(clientRating, 1, 5, "clientRating");
        Checks.present(completedAt, "completedAt");
    }

    /** The success label (see {@link ContractOutcome#isSuccess(int)}). */
    public boolean successful() {
        return outcome.isSuccess(clientRating);
    }

    @Override
    public String key() {
        return projectId;
    }

    @Override
    public EventType type() {
        return EventType.CONTRACT_COMPLETED;
    }
}
