package ai.talent.domain.event;

import java.time.Instant;

/**
 * An event of the suite. Its JSON body is the record plus a {@code "type"} property holding the wire name;
 * the CloudEvents attributes travel in Kafka headers (see {@link CloudEventHeaders}).
 */
public sealed interface DomainEvent permits
        FreelancerUpserted, FreelancerDeleted,
        ProjectPosted, ProjectUpdated, ProjectClosed,
        ContractAwarded, ContractCompleted,
        LearningAttempted,
        MatchRecommended, SuccessPredicted, PortfolioGenerated, LearningPathUpdated {

    /** Unique id; consumers are idempotent on it. */
    String eventId();

    Instant occurredAt();

    /** The Kafka record key: the entity id of the architecture's topic table. */
    String key();

    EventType type();
}
