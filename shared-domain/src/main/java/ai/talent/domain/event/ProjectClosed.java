package ai.talent.domain.event;

import ai.talent.domain.model.Checks;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A project stopped taking applications (awarded, cancelled by the client, or expired). */
public record ProjectClosed(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("projectId") String projectId,
        @JsonProperty("reason") ProjectCloseReason reason)
        implements ProjectEvent {

    public ProjectClosed {
        Checks.id(eventId, "eventId");
        Checks.present(occurredAt, "occurredAt");
        Checks.id(projectId, "projectId");
        Checks.present(reason, "reason");
    }

    @Override
    public String key() {
        return projectId;
    }

    @Override
    public EventType type() {
        return EventType.PROJECT_CLOSED;
    }
}
