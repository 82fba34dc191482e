package ai.talent.domain.event;

import ai.talent.domain.model.Checks;
import ai.talent.domain.model.Language;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** Tutoring generated (or regenerated) a freelancer's portfolio in a language. */
public record PortfolioGenerated(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("freelancerId") String freelancerId,
        @JsonProperty("language") Language language,
        @JsonProperty("sections") List<PortfolioSection> sections) implements DomainEvent {

    public PortfolioGenerated {
        Checks.id(eventId, "eventId");
        Checks.present(occurredAt, "occurredAt");
        Checks.id(freelancerId, "freelancerId");
        Checks.present(language, "language");
        sections = Checks.list(sections, "sections");
    }

    @Override
    public String key() {
        return freelancerId;
    }

    @Override
    public EventType type() {
        return EventType.PORTFOLIO_GENERATED;
    }
}
