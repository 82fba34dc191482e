package ai.talent.success.learning;

import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.registry.ModelRegistryException;
import ai.talent.service.kafka.KafkaClients;
import ai.talent.success.config.SuccessConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * The success model's versions and the operator's promotion decisions, shared by every replica through one
 * compacted, single-partition topic ({@code success.models.topic}). A version travels whole (every file of its
 * registry folder with the manifest's checksums) under the key {@code version:<model>:<v>}; the decision (the
 * promoted version and the promotion history) under {@code pointer:<model>}. One partition orders them: a version
 * is always in the log before a decision that names it.
 *
 * <p>Every replica follows the log from the beginning (no consumer group) and applies it to its own registry and
 * served model, so all replicas serve byte-identical models and the same version. Only one replica trains: the one
 * that holds the single partition of {@code <topic>-trainer} in the consumer group of that name (Kafka's group
 * membership is the election; when the trainer dies the group hands the partition to a survivor).
 */
@ApplicationScoped
public class ModelLog {

    /** A promotion decision: the version served and those promoted before it, oldest first. */
    public record Decision(String model, String current, List<String> history, String decidedAt) {
    }

    /** One version as it travels: file name → Base64 bytes. */
    record VersionRecord(String model, String version, Map<String, String> files) {
    }

    private static final Logger LOG = Logger.getLogger(ModelLog.class);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> kafkaConfig;
    private final String topic;
    private final int maxBytes;
    private final Duration applyTimeout;
    private final ObjectMapper json = new ObjectMapper();
    private final Set<String> logged = ConcurrentHashMap.newKeySet();
    private final Map<String, Decision> decisions = new ConcurrentHashMap<>();
    private final Object applied = new Object();
    private volatile long appliedOffset = -1;
    private volatile boolean caughtUp;
    private volatile boolean trainer;
    private volatile boolean running;
    private Thread follower;
    private KafkaProducer<String, byte[]> producer;

    @Inject
    public ModelLog(@Identifier("default-kafka-broker") Instance<Map<String, Object>> kafkaConfig,
                    SuccessConfig config) {
        this.kafkaConfig = KafkaClients.settings(kafkaConfig);
        this.topic = config.models().topic();
        this.maxBytes = config.models().maxBytes();
        this.applyTimeout = config.models().applyTimeout();
    }

    /**
     * Creates the topics if needed and starts following the log: each version is imported into {@code registry},
     * each decision handed to {@code onDecision} (in log order, on the follower thread).
     */
    public synchronized void start(ModelRegistry registry, Consumer<Decision> onDecision) {
        if (running) {
            return;
        }
        createTopics();
        producer = new KafkaProducer<>(clientConfig(ProducerConfig.configNames(), Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxBytes,
                ProducerConfig.CLIENT_ID_CONFIG, "success-model-log-" + ProcessHandle.current().pid())),
                new StringSerializer(), new ByteArraySerializer());
        running = true;
        follower = new Thread(() -> follow(registry, onDecision), "success-model-log");
        follower.setDaemon(true);
        follower.start();
    }

    /** True once this replica applied everything the log held when it started. */
    public boolean caughtUp() {
        return caughtUp;
    }

    /** True while this replica is the one that trains (it holds the trainer group's partition). */
    public boolean trainer() {
        return trainer && caughtUp;
    }

    /** Whether the log already holds this version. */
    public boolean holds(String model, String version) {
        return logged.contains(versionKey(model, version));
    }

    /** The last decision in the log for a model, if any. */
    public Optional<Decision> decision(String model) {
        return Optional.ofNullable(decisions.get(model));
    }

    /** Ships a version of this replica's registry to every replica; returns once the broker has it. */
    public void publishVersion(ModelRegistry registry, String model, String version) {
        Map<String, String> files = new TreeMap<>();
        registry.export(model, version).forEach((name, bytes) -> files.put(name,
                Base64.getEncoder().encodeToString(bytes)));
        try {
            send(versionKey(model, version), json.writeValueAsBytes(new VersionRecord(model, version, files)));
        } catch (IOException e) {
            throw new ModelRegistryException("cannot encode " + model + " " + version + " for the model log: " + e, e);
        }
        logged.add(versionKey(model, version));
    }

    /**
     * Records a promotion decision and waits until this replica has applied it (so the caller reads its own
     * decision); every other replica applies it from the log.
     */
    public void decide(String model, String current, List<String> history) {
        Decision d = new Decision(model, current, List.copyOf(history), Instant.now().toString());
        long offset;
        try {
            offset = send("pointer:" + model, json.writeValueAsBytes(d));
        } catch (IOException e) {
            throw new ModelRegistryException("cannot encode the decision for " + model + ": " + e, e);
        }
        long deadline = System.nanoTime() + applyTimeout.toNanos();
        synchronized (applied) {
            while (appliedOffset < offset) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new ModelLogException("the decision to serve " + model + " " + current
                            + " is in the model log (offset " + offset + ") but this replica has not applied it within "
                            + applyTimeout.toSeconds() + " s");
                }
                try {
                    applied.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ModelLogException("interrupted while waiting for the model log", e);
                }
            }
        }
    }

    private long send(String key, byte[] value) {
        try {
            return producer.send(new ProducerRecord<>(topic, 0, key, value)).get(applyTimeout.toMillis(),
                    TimeUnit.MILLISECONDS).offset();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelLogException("interrupted while writing to the model log " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new ModelLogException("cannot write to the model log " + topic + ": " + e.getMessage(), e);
        }
    }

    private void follow(ModelRegistry registry, Consumer<Decision> onDecision) {
        TopicPartition partition = new TopicPartition(topic, 0);
        Map<String, Object> followerConfig = clientConfig(ConsumerConfig.configNames(), Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, maxBytes,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, maxBytes,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
        followerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<String, Object> electorConfig = clientConfig(ConsumerConfig.configNames(), Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, topic + "-trainer",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 6000,
                ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 1000));
        try (KafkaConsumer<String, byte[]> log = new KafkaConsumer<>(followerConfig, new StringDeserializer(),
                new ByteArrayDeserializer());
             KafkaConsumer<String, byte[]> elector = new KafkaConsumer<>(electorConfig, new StringDeserializer(),
                     new ByteArrayDeserializer())) {
            log.assign(List.of(partition));
            log.seekToBeginning(List.of(partition));
            long end = log.endOffsets(List.of(partition)).get(partition);
            elector.subscribe(List.of(topic + "-trainer"), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    trainer = false;
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    trainer = !partitions.isEmpty();
                    if (trainer) {
                        LOG.infof("this replica now trains the success model (it holds %s-trainer)", topic);
                    }
                }

                @Override
                public void onPartitionsLost(Collection<TopicPartition> partitions) {
                    trainer = false;
                }
            });
            while (running) {
                for (ConsumerRecord<String, byte[]> record : log.poll(POLL)) {
                    apply(registry, onDecision, record);
                }
                long position = log.position(partition);
                if (!caughtUp && position >= end) {
                    caughtUp = true;
                    LOG.infof("model log %s applied up to offset %d", topic, position);
                }
                synchronized (applied) {
                    appliedOffset = position - 1;
                    applied.notifyAll();
                }
                elector.poll(Duration.ofMillis(20));
            }
        } catch (org.apache.kafka.common.errors.InterruptException | org.apache.kafka.common.errors.WakeupException e) {
            LOG.debug("model log follower stopped");
        } catch (RuntimeException e) {
            LOG.errorf(e, "the model log follower stopped: %s", e.getMessage());
        } finally {
            trainer = false;
        }
    }

    private void apply(ModelRegistry registry, Consumer<Decision> onDecision, ConsumerRecord<String, byte[]> record) {
        try {
            if (record.key() == null || record.value() == null) {
                return;
            }
            if (record.key().startsWith("version:")) {
                VersionRecord v = json.readValue(record.value(), VersionRecord.class);
                Map<String, byte[]> files = new LinkedHashMap<>();
                v.files().forEach((name, b64) -> files.put(name, Base64.getDecoder().decode(b64)));
                if (registry.importVersion(v.model(), v.version(), files)) {
                    LOG.infof("imported %s %s from the model log", v.model(), v.version());
                }
                logged.add(versionKey(v.model(), v.version()));
            } else if (record.key().startsWith("pointer:")) {
                Decision d = json.readValue(record.value(), Decision.class);
                decisions.put(d.model(), d);
                onDecision.accept(d);
            }
        } catch (IOException | RuntimeException e) {
            // one bad or conflicting record must not stop the others: it is logged and skipped (the served model stays)
            LOG.errorf("model log record %s at offset %d not applied: %s", record.key(), record.offset(),
                    e.getMessage());
        }
    }

    private void createTopics() {
        KafkaClients.createMissing(kafkaConfig, List.of(
                KafkaClients.compacted(topic, Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(maxBytes))),
                new NewTopic(topic + "-trainer", Optional.of(1), Optional.empty())), ADMIN_TIMEOUT);
    }

    private Map<String, Object> clientConfig(Set<String> names, Map<String, Object> overrides) {
        return KafkaClients.config(kafkaConfig, names, overrides);
    }

    private static String versionKey(String model, String version) {
        return "version:" + model + ":" + version;
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (follower != null) {
            try {
                follower.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
