package ai.talent.domain.event;

import ai.talent.domain.model.Checks;
import ai.talent.domain.model.Contract;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A client hired a freelancer for a project; a ranking label for matching. Keyed by project id. */
public record ContractAwarded(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("contract") Contract contract) implements ContractEvent {

    public ContractAwarded {
        Checks.id(eventId, "eventId");
        Checks.present(occurredAt, "occurredAt");
        Checks.present(contract, "contract");
    }

    @Override
    public String key() {
        return contract.projectId();
    }

    @Override
    public EventType type() {
        return EventType.CONTRACT_AWARDED;
    }
}
