package ai.talent.domain.event;

import ai.talent.domain.model.Checks;
import java.time.Instant;

/** A freelancer left the platform; consumers drop everything they hold about them. */
public record FreelancerDeleted(String eventId, Instant occurredAt, String freelancerId) implements DomainEvent {

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
