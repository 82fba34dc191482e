package ai.talent.service.state.keyed;

import ai.talent.service.kafka.KafkaClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The compacted topics behind a topology's global stores ({@code <application id>-<name>}). Kafka Streams creates
 * its internal topics (changelogs, repartitions) itself, but a global table reads an ordinary topic, which must
 * exist before the topology starts.
 */
final class GlobalTopics {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String applicationId;
    private final Map<String, Object> kafkaConfig;
    private final List<String> topics = new ArrayList<>();

    GlobalTopics(String applicationId, Map<String, Object> kafkaConfig) {
        this.applicationId = applicationId;
        this.kafkaConfig = kafkaConfig;
    }

    String declare(String store) {
        String topic = applicationId + "-" + store;
        topics.add(topic);
        return topic;
    }

    /** Creates the declared topics that do not exist yet: one partition (small data), compacted, broker replication. */
    void create() {
        KafkaClients.createMissing(kafkaConfig, topics.stream().map(topic -> KafkaClients.compacted(topic, Map.of()))
                .toList(), TIMEOUT);
    }
}
