package ai.talent.domain.event;

import ai.talent.domain.model.Checks;
import ai.talent.domain.model.Freelancer;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A freelancer's profile was created or changed; carries the whole profile (the topic is compacted). */
public record FreelancerUpserted(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("freelancer") Freelancer freelancer) implements FreelancerEvent {

    public FreelancerUpserted {
        Checks.id(eventId, "eventId");
        Checks.present(occurredAt, "occurredAt");
        Checks.present(freelancer, "freelancer");
    }

    @Override
    public String key() {
        return freelancer.id();
    }

    @Override
    public EventType type() {
        return EventType.FREELANCER_UPSERTED;
    }
}
