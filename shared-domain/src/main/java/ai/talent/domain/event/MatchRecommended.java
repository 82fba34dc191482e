package ai.talent.domain.event;

import ai.talent.domain.model.Checks;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** Matching's top-k freelancers for a project, best first, with the model version that ranked them. */
public record MatchRecommended(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("projectId") String projectId,
        @JsonProperty("modelVersion") String modelVersion,
        @JsonProperty("recommendations") List<RankedFreelancer> recommendations) implements DomainEvent {

    public MatchRecommended {
        Checks.id(eventId, "eventId");
        Checks.present(occurredAt, "occurredAt");
        Checks.id(projectId, "projectId");
        Checks.id(modelVersion, "modelVersion");
        recommendations = Checks.list(recommendations, "recommendations");
    }

    @Override
    public String key() {
        return projectId;
    }

    @Override
    public EventType type() {
        return EventType.MATCH_RECOMMENDED;
    }
}
