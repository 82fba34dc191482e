package ai.talent.service.state.keyed;

import ai.talent.service.kafka.KafkaClients;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.jboss.logging.Logger;

/**
 * Whether this replica's keyed state has caught up with its input, not only restored its stores: once Kafka
 * Streams runs, the end offsets of the input partitions of this replica's tasks are taken as targets, and the
 * replica counts as caught up when its tasks have committed up to them (then again for the internal repartition
 * topics, which the first round may have filled further). Like a catalog, it aims at the offsets it found, not at
 * a moving end, so a steady stream of new events cannot keep it from ever becoming ready. Latched: once caught up,
 * it stays so.
 */
@ApplicationScoped
public class KeyedStateCatchUp {

    private static final Logger LOG = Logger.getLogger(KeyedStateCatchUp.class);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(5);

    private final Map<String, Object> kafkaConfig;
    private final String applicationId;
    private final Map<TopicPartition, Long> targets = new HashMap<>();
    private Admin admin;
    private final AtomicBoolean checking = new AtomicBoolean();
    private boolean repartitionRound;
    private volatile boolean caughtUp;

    @Inject
    public KeyedStateCatchUp(@Identifier("default-kafka-broker") Instance<Map<String, Object>> kafkaConfig,
                             Instance<StreamsConfig> streamsConfig) {
        this(KafkaClients.settings(kafkaConfig),
                streamsConfig.isResolvable() && streamsConfig.get() != null
                        ? streamsConfig.get().getString(StreamsConfig.APPLICATION_ID_CONFIG) : null);
    }

    KeyedStateCatchUp(Map<String, Object> kafkaConfig, String applicationId) {
        this.kafkaConfig = Map.copyOf(kafkaConfig);
        this.applicationId = applicationId;
    }

    public boolean caughtUp() {
        return caughtUp;
    }

    /**
     * Whether the keyed state has caught up, checking again in the background when it has not (a readiness
     * probe must answer at once, and the check asks the broker).
     */
    public boolean poll(KafkaStreams streams) {
        if (!caughtUp && checking.compareAndSet(false, true)) {
            Thread.ofVirtual().name("keyed-state-catch-up").start(() -> {
                try {
                    check(streams);
                } catch (RuntimeException e) {
                    LOG.debugf(e, "Catch-up check failed; the next readiness probe tries again");
                } finally {
                    checking.set(false);
                }
            });
        }
        return caughtUp;
    }

    /** Checks the tasks' committed progress against the targets; call it while the instance runs. */
    public synchronized boolean check(KafkaStreams streams) {
        if (caughtUp) {
            return true;
        }
        Set<TopicPartition> inputs = new HashSet<>();
        streams.metadataForLocalThreads().forEach(thread -> thread.activeTasks()
                .forEach(task -> inputs.addAll(task.topicPartitions())));
        Set<TopicPartition> round = inputs.stream().filter(p -> repartitionRound == isRepartition(p))
                .collect(Collectors.toSet());
        Set<TopicPartition> missing = new HashSet<>(round);
        missing.removeAll(targets.keySet());
        if (!missing.isEmpty() && !fetchTargets(missing)) {
            return false;
        }
        Map<TopicPartition, Long> committed = committedOffsets();
        if (committed == null) {
            return false;
        }
        for (TopicPartition p : round) {
            if (committed.getOrDefault(p, 0L) < targets.get(p)) {
                return false;
            }
        }
        if (!repartitionRound && inputs.stream().anyMatch(KeyedStateCatchUp::isRepartition)) {
            repartitionRound = true;
            return check(streams);
        }
        caughtUp = true;
        LOG.infof("Keyed state caught up with its input (%d partitions)", inputs.size());
        return true;
    }

    private boolean fetchTargets(Set<TopicPartition> partitions) {
        try {
            Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            admin().listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .forEach((p, info) -> targets.put(p, info.offset()));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.debugf(e, "Cannot read the end offsets of %s yet", partitions);
            return false;
        }
    }

    /** What the topology has committed (in its transactions) per input partition, or null when unknown yet. */
    private Map<TopicPartition, Long> committedOffsets() {
        try {
            Map<TopicPartition, Long> committed = new HashMap<>();
            admin().listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata()
                    .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .forEach((p, offset) -> {
                        if (offset != null) {
                            committed.put(p, offset.offset());
                        }
                    });
            return committed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            LOG.debugf(e, "Cannot read the committed offsets of %s yet", applicationId);
            return null;
        }
    }

    private static boolean isRepartition(TopicPartition p) {
        return p.topic().endsWith("-repartition");
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(KafkaClients.adminConfig(kafkaConfig, Map.of(AdminClientConfig.CLIENT_ID_CONFIG,
                    "keyed-state-catch-up-" + ProcessHandle.current().pid())));
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ZERO);
        }
    }
}
