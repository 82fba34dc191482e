package ai.talent.domain.event;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type of the suite: its name, the version of its contract, its topic and record class. On the wire
 * a type is namespaced and versioned ({@code ai.talent.freelancer.upserted.v1}: the CloudEvents {@code ce_type}
 * and the body's {@code type}); its JSON Schema is {@link #schemaResource()}, named by {@link #dataSchema()}.
 *
 * <p>A published version never changes its meaning. A compatible change (a new optional field) keeps the
 * version; an incompatible one adds a new constant with the next version (and its record), so that both can be
 * read while producers move over (see shared-domain's README).
 */
public enum EventType {
    FREELANCER_UPSERTED("freelancer.upserted", 1, Topics.FREELANCERS, FreelancerUpserted.class),
    FREELANCER_DELETED("freelancer.deleted", 1, Topics.FREELANCERS, FreelancerDeleted.class),
    PROJECT_POSTED("project.posted", 1, Topics.PROJECTS, ProjectPosted.class),
    PROJECT_UPDATED("project.updated", 1, Topics.PROJECTS, ProjectUpdated.class),
    PROJECT_CLOSED("project.closed", 1, Topics.PROJECTS, ProjectClosed.class),
    CONTRACT_AWARDED("contract.awarded", 1, Topics.CONTRACTS, ContractAwarded.class),
    CONTRACT_COMPLETED("contract.completed", 1, Topics.CONTRACTS, ContractCompleted.class),
    LEARNING_ATTEMPTED("learning.attempted", 1, Topics.LEARNING_EVENTS, LearningAttempted.class),
    MATCH_RECOMMENDED("match.recommended", 1, Topics.MATCH_RECOMMENDATIONS, MatchRecommended.class),
    SUCCESS_PREDICTED("success.predicted", 1, Topics.SUCCESS_PREDICTIONS, SuccessPredicted.class),
    PORTFOLIO_GENERATED("portfolio.generated", 1, Topics.PORTFOLIOS, PortfolioGenerated.class),
    LEARNING_PATH_UPDATED("learning-path.updated", 1, Topics.LEARNING_PATHS, LearningPathUpdated.class);

    /** The namespace every wire name starts with. */
    public static final String NAMESPACE = "ai.talent.";

    /** The scheme and prefix of {@link #dataSchema()}; the rest is the wire name. */
    public static final String SCHEMA_URN_PREFIX = "urn:talent-ai:schema:";

    /** Where the committed JSON Schemas live on the classpath (and under src/main/resources in the repository). */
    public static final String SCHEMA_DIRECTORY = "ai/talent/domain/schemas/";

    private static final Map<String, EventType> BY_WIRE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::wireName, Function.identity()));

    private final String eventName;
    private final int version;
    private final String topic;
    private final Class<? extends DomainEvent> recordClass;
    private final String wireName;

    EventType(String eventName, int version, String topic, Class<? extends DomainEvent> recordClass) {
        this.eventName = eventName;
        this.version = version;
        this.topic = topic;
        this.recordClass = recordClass;
        this.wireName = NAMESPACE + eventName + ".v" + version;
    }

    /** The namespaced, versioned name: the CloudEvents {@code ce_type} and the body's {@code type}. */
    public String wireName() {
        return wireName;
    }

    /** The name without namespace and version, e.g. {@code freelancer.upserted}. */
    public String eventName() {
        return eventName;
    }

    public int version() {
        return version;
    }

    /** The topic the event is published to (a {@link Topics} constant). */
    public String topic() {
        return topic;
    }

    public Class<? extends DomainEvent> recordClass() {
        return recordClass;
    }

    /** The CloudEvents {@code ce_dataschema}: the {@code $id} of this type's JSON Schema. */
    public URI dataSchema() {
        return URI.create(SCHEMA_URN_PREFIX + wireName);
    }

    /** The classpath resource holding this type's JSON Schema. */
    public String schemaResource() {
        return SCHEMA_DIRECTORY + wireName + ".json";
    }

    public static Optional<EventType> fromWireName(String wireName) {
        return Optional.ofNullable(wireName == null ? null : BY_WIRE_NAME.get(wireName));
    }

    /** The versions of an event name this build knows, e.g. all versions of {@code freelancer.upserted}. */
    public static List<EventType> versionsOf(String eventName) {
        return Arrays.stream(values()).filter(t -> t.eventName.equals(eventName)).toList();
    }

    public static EventType of(Class<? extends DomainEvent> recordClass) {
        for (EventType t : values()) {
            if (t.recordClass == recordClass) {
                return t;
            }
        }
        throw new IllegalArgumentException("no event type for " + recordClass.getName());
    }

    /**
     * Why a wire name is not one of ours, for an error message: a known event in a version this build does not
     * read, a name without namespace or version, or an unknown name.
     */
    static String whyUnknown(String wireName) {
        String known = Arrays.stream(values()).map(EventType::wireName).collect(Collectors.joining(", "));
        if (wireName.startsWith(NAMESPACE)) {
            String rest = wireName.substring(NAMESPACE.length());
            int v = rest.lastIndexOf(".v");
            if (v > 0) {
                List<EventType> versions = versionsOf(rest.substring(0, v));
                if (!versions.isEmpty()) {
                    return "unknown version " + rest.substring(v + 1) + " of " + rest.substring(0, v) + " (\""
                            + wireName + "\"); this build reads "
                            + versions.stream().map(EventType::wireName).collect(Collectors.joining(", "));
                }
            }
        } else if (!versionsOf(wireName).isEmpty()) {
            return "\"" + wireName + "\" has no namespace and version; did you mean "
                    + versionsOf(wireName).getLast().wireName() + "?";
        }
        return "unknown event type \"" + wireName + "\"; known: " + known;
    }
}
