package ai.talent.domain.event;

import ai.talent.domain.model.Checks;
import ai.talent.domain.model.Project;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A project changed (text, skills, budget, status); carries the whole project. */
public record ProjectUpdated(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("project") Project project) implements ProjectEvent {

    public ProjectUpdated {
        Checks.id(eventId, "eventId");
        Checks.present(occurredAt, "occurredAt");
        Checks.present(project, "project");
    }

    @Override
    public String key() {
        return project.id();
    }

    @Override
    public EventType type() {
        return EventType.PROJECT_UPDATED;
    }
}
