package ai.talent.domain.event;

import ai.talent.domain.model.Checks;
import ai.talent.domain.model.Project;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A client posted a new project; matching answers it with a recommendation. */
public record ProjectPosted(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("project") Project project) implements ProjectEvent {

    public ProjectPosted {
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
        return EventType.PROJECT_POSTED;
    }
}
