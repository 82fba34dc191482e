package ai.talent.domain.event;

import ai.talent.domain.model.Checks;
import ai.talent.domain.model.Project;
import java.time.Instant;

/** A client posted a new project; matching answers it with a recommendation. */
public record ProjectPosted(String eventId, Instant occurredAt, Project project) implements DomainEvent {

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
