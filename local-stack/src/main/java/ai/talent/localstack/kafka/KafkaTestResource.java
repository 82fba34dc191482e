package ai.talent.localstack.kafka;

import ai.talent.localstack.JvmWide;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.time.Duration;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real Kafka broker: the one named by the environment variable
 * {@value #BOOTSTRAP_ENV} when it is set, otherwise one {@link EmbeddedKafka} shared by every test class of
 * the JVM and stopped when the JVM exits. Either way the suite's topics exist before Quarkus starts.
 *
 * <pre>{@code
 * @QuarkusTest
 * @WithTestResource(KafkaTestResource.class)
 * class MatchingFlowTests { ... }
 * }</pre>
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    /** An external broker to use instead of starting one, e.g. {@code localhost:9092}. */
    public static final String BOOTSTRAP_ENV = "KAFKA_BOOTSTRAP_SERVERS";
    /** The Quarkus property this resource sets. */
    public static final String BOOTSTRAP_PROPERTY = "kafka.bootstrap.servers";

    private static final Duration EXTERNAL_TOPIC_TIMEOUT = Duration.ofSeconds(30);
    private static EmbeddedKafka shared;

    @Override
    public Map<String, String> start() {
        return Map.of(BOOTSTRAP_PROPERTY, JvmWide.call(KafkaTestResource.class, "bootstrapServers"));
    }

    /**
     * The broker's bootstrap address, starting this class loader's shared broker on first use. Usable without
     * Quarkus; {@link #start()} calls it through {@link JvmWide} so that the whole JVM shares one broker.
     */
    public static synchronized String bootstrapServers() {
        String external = System.getenv(BOOTSTRAP_ENV);
        if (external != null && !external.isBlank()) {
            TopicProvisioner.ensureTopics(external, KafkaBrokerSettings.DEFAULT_SOURCE_PARTITIONS,
                    KafkaBrokerSettings.DEFAULT_DEAD_LETTER_PARTITIONS, EXTERNAL_TOPIC_TIMEOUT);
            return external;
        }
        if (shared == null) {
            EmbeddedKafka kafka = EmbeddedKafka.start();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "embedded-kafka-shutdown"));
            shared = kafka;
        }
        return shared.bootstrapServers();
    }

    /** Keeps the shared broker running: the next test class of this JVM reuses it; a shutdown hook stops it. */
    @Override
    public void stop() {
    }
}
