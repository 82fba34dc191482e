package ai.talent.domain.event;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type of the suite with its wire name (the CloudEvents {@code ce_type}), topic and record class. */
public enum EventType {
    FREELANCER_UPSERTED("freelancer.upserted", Topics.FREELANCERS, FreelancerUpserted.class),
    FREELANCER_DELETED("freelancer.deleted", Topics.FREELANCERS, FreelancerDeleted.class),
    PROJECT_POSTED("project.posted", Topics.PROJECTS, ProjectPosted.class),
    PROJECT_UPDATED("project.updated", Topics.PROJECTS, ProjectUpdated.class),
    PROJECT_CLOSED("project.closed", Topics.PROJECTS, ProjectClosed.class),
    CONTRACT_AWARDED("contract.awarded", Topics.CONTRACTS, ContractAwarded.class),
    CONTRACT_COMPLETED("contract.completed", Topics.CONTRACTS, ContractCompleted.class),
    LEARNING_ATTEMPTED("learning.attempted", Topics.LEARNING_EVENTS, LearningAttempted.class),
    MATCH_RECOMMENDED("match.recommended", Topics.MATCH_RECOMMENDATIONS, MatchRecommended.class),
    SUCCESS_PREDICTED("success.predicted", Topics.SUCCESS_PREDICTIONS, SuccessPredicted.class),
    PORTFOLIO_GENERATED("portfolio.generated", Topics.PORTFOLIOS, PortfolioGenerated.class),
    LEARNING_PATH_UPDATED("learning-path.updated", Topics.LEARNING_PATHS, LearningPathUpdated.class);

    private static final Map<String, EventType> BY_WIRE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::wireName, Function.identity()));

    private final String wireName;
    private final String topic;
    private final Class<? extends DomainEvent> recordClass;

    EventType(String wireName, String topic, Class<? extends DomainEvent> recordClass) {
        this.wireName = wireName;
        this.topic = topic;
        this.recordClass = recordClass;
    }

    public String wireName() {
        return wireName;
    }

    /** The topic the event is published to (a {@link Topics} constant). */
    public String topic() {
        return topic;
    }

    public Class<? extends DomainEvent> recordClass() {
        return recordClass;
    }

    public static Optional<EventType> fromWireName(String wireName) {
        return Optional.ofNullable(wireName == null ? null : BY_WIRE_NAME.get(wireName));
    }

    public static EventType of(Class<? extends DomainEvent> recordClass) {
        for (EventType t : values()) {
            if (t.recordClass == recordClass) {
                return t;
            }
        }
        throw new IllegalArgumentException("no event type for " + recordClass.getName());
    }
}
