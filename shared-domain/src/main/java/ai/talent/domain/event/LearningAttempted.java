package ai.talent.domain.event;

import ai.talent.domain.model.Attempt;
import ai.talent.domain.model.Checks;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A learner answered an exercise. Keyed by learner id so one learner's attempts stay in order. */
public record LearningAttempted(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("attempt") Attempt attempt) implements DomainEvent {

    public LearningAttempted {
        Checks.id(eventId, "eventId");
        Checks.present(occurredAt, "occurredAt");
        Checks.present(attempt, "attempt");
    }

    @Override
    public String key() {
        return attempt.learnerId();
    }

    @Override
    public EventType type() {
        return EventType.LEARNING_ATTEMPTED;
    }
}
