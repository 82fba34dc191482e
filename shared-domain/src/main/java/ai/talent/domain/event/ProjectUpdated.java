package ai.talent.domain.event;

import ai.talent.domain.model.Checks;
import ai.talent.domain.model.Project;
import java.time.Instant;

/** A project changed (text, skills, budget, status); carries the whole project. */
public record ProjectUpdated(String eventId, Instant occurredAt, Project project) implements DomainEvent {

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
