package ai.talent.service.state.keyed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

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
        if (topics.isEmpty()) {
            return;
        }
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((name, value) -> {
            if (AdminClientConfig.configNames().contains(name)) {
                config.put(name, value);
            }
        });
        config.putIfAbsent(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            for (String topic : topics) {
                if (existing.contains(topic)) {
                    continue;
                }
                NewTopic compacted = new NewTopic(topic, Optional.of(1), Optional.empty())
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                try {
                    admin.createTopics(List.of(compacted)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + topics, e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the global-store topics " + topics + ": " + e.getMessage(), e);
        }
    }
}
