package ai.talent.domain.event;

import java.time.Instant;

/**
 * An event of the suite. Its JSON body is the record plus a {@code "type"} property holding the versioned wire
 * name ({@link EventType#wireName()}); the CloudEvents attributes travel in Kafka headers. Sealed, grouped by
 * topic ({@link FreelancerEvent}, {@link ProjectEvent}, {@link ContractEvent}, and one record per other topic),
 * so that a consumer's {@code switch} over the events of its topic is checked for completeness by the compiler.
 */
public sealed interface DomainEvent permits
        FreelancerEvent, ProjectEvent, ContractEvent,
        LearningAttempted,
        MatchRecommended, SuccessPredicted, PortfolioGenerated, LearningPathUpdated {

    /** Unique id; consumers are idempotent on it. */
    String eventId();

    Instant occurredAt();

    /** The Kafka record key: the entity id of the architecture's topic table. */
    String key();

    EventType type();
}
