package ai.talent.domain.event;

import java.util.List;

/**
 * The Kafka topics of the suite (event and topic table in shared-domain's README). Keys are the entity id so that one
 * entity's events stay in order; compacted topics keep the latest state per key.
 */
public final class Topics {

    public static final String FREELANCERS = "freelancers";
    public static final String PROJECTS = "projects";
    public static final String CONTRACTS = "contracts";
    public static final String LEARNING_EVENTS = "learning-events";
    public static final String MATCH_RECOMMENDATIONS = "match-recommendations";
    public static final String SUCCESS_PREDICTIONS = "success-predictions";
    public static final String PORTFOLIOS = "portfolios";
    public static final String LEARNING_PATHS = "learning-paths";

    /** Suffix of a topic's dead-letter topic. */
    public static final String DLQ_SUFFIX = ".dlq";

    /** One topic of the suite and whether the broker compacts it. */
    public record Topic(String name, boolean compacted) {
        public String deadLetter() {
            return name + DLQ_SUFFIX;
        }
    }

    /** Every source topic of the architecture's table, in its order. */
    public static final List<Topic> ALL = List.of(
            new Topic(FREELANCERS, true),
            new Topic(PROJECTS, true),
            new Topic(CONTRACTS, false),
            new Topic(LEARNING_EVENTS, false),
            new Topic(MATCH_RECOMMENDATIONS, false),
            new Topic(SUCCESS_PREDICTIONS, false),
            new Topic(PORTFOLIOS, false),
            new Topic(LEARNING_PATHS, false));

    /** Every topic name including the dead-letter topics, for pre-creating them on a broker. */
    public static List<String> allNamesWithDeadLetters() {
        return ALL.stream().flatMap(t -> java.util.stream.Stream.of(t.name(), t.deadLetter())).toList();
    }

    private Topics() {
    }
}
