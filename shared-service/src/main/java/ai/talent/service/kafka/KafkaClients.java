package ai.talent.service.kafka;

import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
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
 * The Kafka clients a service makes itself (beside those Quarkus makes for its channels): the service's Kafka
 * settings (Quarkus's {@code default-kafka-broker} map of the {@code kafka.*} properties) narrowed to what one kind
 * of client takes, and the small compacted topics that state engines create before they read them.
 */
public final class KafkaClients {

    /** The broker a service talks to when nothing is configured (a local broker, the tests' default). */
    public static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";

    private KafkaClients() {
    }

    /** The service's Kafka settings ({@link #settings(Map)}); none when the bean is not there (no Kafka extension). */
    public static Map<String, Object> settings(Instance<Map<String, Object>> defaultKafkaBroker) {
        return settings(defaultKafkaBroker.isResolvable() ? defaultKafkaBroker.get() : Map.of());
    }

    /** The given Kafka settings with {@link #DEFAULT_BOOTSTRAP_SERVERS} as the broker when none is set. */
    public static Map<String, Object> settings(Map<String, Object> kafkaSettings) {
        Map<String, Object> settings = new HashMap<>(kafkaSettings);
        settings.putIfAbsent(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, DEFAULT_BOOTSTRAP_SERVERS);
        return Collections.unmodifiableMap(settings);
    }

    /**
     * The configuration of one kind of client: those of {@code settings} it knows ({@code names}: {@code
     * ProducerConfig.configNames()}, {@code ConsumerConfig.configNames()}, ...; a client warns of any other), then
     * {@code overrides}. The map is the caller's to change.
     */
    public static Map<String, Object> config(Map<String, Object> settings, Set<String> names,
                                             Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>();
        settings.forEach((name, value) -> {
            if (names.contains(name)) {
                config.put(name, value);
            }
        });
        config.putIfAbsent(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, DEFAULT_BOOTSTRAP_SERVERS);
        config.putAll(overrides);
        return config;
    }

    /** An admin client's configuration ({@link #config} with the admin client's names). */
    public static Map<String, Object> adminConfig(Map<String, Object> settings, Map<String, Object> overrides) {
        return config(settings, AdminClientConfig.configNames(), overrides);
    }

    /**
     * A compacted topic of one partition (state that is small and read whole) with the broker's replication
     * factor, and {@code configs} beside the cleanup policy (a larger {@code max.message.bytes}).
     */
    public static NewTopic compacted(String name, Map<String, String> configs) {
        Map<String, String> all = new HashMap<>(configs);
        all.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        return new NewTopic(name, Optional.of(1), Optional.empty()).configs(all);
    }

    /**
     * Creates those of {@code topics} that do not exist yet, each waited for up to {@code timeout}. A topic another
     * replica creates meanwhile counts as created; any other failure is thrown, naming the topics.
     */
    public static void createMissing(Map<String, Object> settings, Collection<NewTopic> topics, Duration timeout) {
        if (topics.isEmpty()) {
            return;
        }
        List<String> names = topics.stream().map(NewTopic::name).toList();
        try (Admin admin = Admin.create(adminConfig(settings,
                Map.of(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis())))) {
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            for (NewTopic topic : topics) {
                if (existing.contains(topic.name())) {
                    continue;
                }
                try {
                    admin.createTopics(List.of(topic)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the topics " + names, e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the topics " + names + ": " + e.getMessage(), e);
        }
    }
}
