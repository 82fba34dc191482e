package ai.talent.service.probe;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The probe application's configuration. It lives here rather than in an application.properties so that nothing
 * of it reaches the services' tests, which have this module's test classes on their class path.
 */
public class ProbeProfile implements QuarkusTestProfile {

    static final String SERVICE = "event-probe";
    static final String SOURCE = "/talent-ai/event-probe";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("quarkus.application.name", SERVICE),
                Map.entry("talent.events.source", SOURCE),
                Map.entry("talent.events.retry.max-attempts", "3"),
                Map.entry("talent.events.retry.initial-delay", "50ms"),
                Map.entry("talent.events.retry.max-delay", "200ms"),
                Map.entry("quarkus.http.test-port", "0"),
                // No keyed state, hence no Kafka Streams topology: its checks would report a pipeline never started.
                Map.entry("quarkus.kafka-streams.health.enabled", "false"),
                Map.entry("quarkus.log.category.\"io.quarkus.kafka.streams.runtime.KafkaStreamsProducer\".level",
                        "ERROR"),
                Map.entry("quarkus.kafka.devservices.enabled", "false"),
                Map.entry("mp.messaging.connector.smallrye-kafka.key.deserializer",
                        "org.apache.kafka.common.serialization.StringDeserializer"),
                Map.entry("mp.messaging.connector.smallrye-kafka.value.deserializer",
                        "org.apache.kafka.common.serialization.StringDeserializer"),
                Map.entry("mp.messaging.connector.smallrye-kafka.key.serializer",
                        "org.apache.kafka.common.serialization.StringSerializer"),
                Map.entry("mp.messaging.connector.smallrye-kafka.value.serializer",
                        "org.apache.kafka.common.serialization.StringSerializer"),
                Map.entry("mp.messaging.connector.smallrye-kafka.cloud-events", "false"),
                Map.entry("mp.messaging.connector.smallrye-kafka.group.id", SERVICE),
                Map.entry("mp.messaging.connector.smallrye-kafka.auto.offset.reset", "earliest"),
                Map.entry("mp.messaging.connector.smallrye-kafka.failure-strategy", "talent-dead-letter-queue"),
                Map.entry("mp.messaging.connector.smallrye-kafka.session.timeout.ms", "6000"),
                Map.entry("mp.messaging.connector.smallrye-kafka.heartbeat.interval.ms", "1000"),
                Map.entry("mp.messaging.incoming.learning-events.connector", "smallrye-kafka"),
                Map.entry("mp.messaging.incoming.learning-events.topic", "learning-events"),
                Map.entry("mp.messaging.incoming.learning-events.dead-letter-queue.topic", "learning-events.dlq"),
                Map.entry("mp.messaging.outgoing.learning-paths.connector", "smallrye-kafka"),
                Map.entry("mp.messaging.outgoing.learning-paths.topic", "learning-paths"),
                Map.entry("mp.messaging.outgoing.learning-paths.cloud-events", "true"),
                Map.entry("mp.messaging.outgoing.learning-paths.acks", "all"),
                Map.entry("quarkus.log.category.\"org.apache.kafka\".level", "WARN"),
                Map.entry("quarkus.log.console.json.enabled", "false"));
    }
}
