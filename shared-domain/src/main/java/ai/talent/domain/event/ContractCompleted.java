package ai.talent.domain.event;

import ai.talent.domain.model.Checks;
import ai.talent.domain.model.ContractOutcome;
import ai.talent.domain.model.DomainValidationException;
import ai.talent.domain.model.Nullable;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A contract ended with an outcome and the client's rating 1–5; the success label. Keyed by project id. The client's
 * written feedback is optional (added compatibly to v1: older events have none); portfolios quote it.
 */
public record ContractCompleted(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("contractId") String contractId,
        @JsonProperty("projectId") String projectId,
        @JsonProperty("freelancerId") String freelancerId,
        @JsonProperty("clientId") String clientId,
        @JsonProperty("outcome") ContractOutcome outcome,
        @JsonProperty("clientRating") int clientRating,
        @JsonProperty("completedAt") Instant completedAt,
        @JsonProperty("feedback") @Nullable String feedback) implements ContractEvent {

    /** Longest feedback text a completion may carry. */
    public static final int MAX_FEEDBACK_CHARS = 2_000;

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
        if (feedback != null && (feedback.isBlank() || feedback.length() > MAX_FEEDBACK_CHARS)) {
            throw new DomainValidationException("feedback", "must be absent or 1–" + MAX_FEEDBACK_CHARS
                    + " characters of text, was " + (feedback.isBlank() ? "blank" : feedback.length() + " characters"));
        }
    }

    /** A completion without written feedback. */
    public ContractCompleted(String eventId, Instant occurredAt, String contractId, String projectId,
                             String freelancerId, String clientId, ContractOutcome outcome, int clientRating,
                             Instant completedAt) {
        this(eventId, occurredAt, contractId, projectId, freelancerId, clientId, outcome, clientRating, completedAt,
                null);
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
