package ai.talent.domain.event;

import ai.talent.domain.model.Checks;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** Tutoring's current estimate of a learner's mastery per skill and the next steps it recommends. */
public record LearningPathUpdated(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("learnerId") String learnerId,
        @JsonProperty("mastery") List<SkillMastery> mastery,
        @JsonProperty("nextSteps") List<NextStep> nextSteps) implements DomainEvent {

    public LearningPathUpdated {
        Checks.id(eventId, "eventId");
        Checks.present(occurredAt, "occurredAt");
        Checks.id(learnerId, "learnerId");
        mastery = Checks.list(mastery, "mastery");
        nextSteps = Checks.list(nextSteps, "nextSteps");
    }

    @Override
    public String key() {
        return learnerId;
    }

    @Override
    public EventType type() {
        return EventType.LEARNING_PATH_UPDATED;
    }
}
