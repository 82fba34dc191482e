package ai.talent.domain.event;

import ai.talent.domain.model.Checks;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A freelancer left the platform; consumers drop everything they hold about them. */
public record FreelancerDeleted(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("freelancerId") String freelancerId) implements FreelancerEvent {

    public FreelancerDeleted {
        Checks.id(eventId, "eventId");
        Checks.present(occurredAt, "occurredAt");
        Checks.id(freelancerId, "freelancerId");
    }

    @Override
    public String key() {
        return freelancerId;
    }

    @Override
    public EventType type() {
        return EventType.FREELANCER_DELETED;
    }
}
