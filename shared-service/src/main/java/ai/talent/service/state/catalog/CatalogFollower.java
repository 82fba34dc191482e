package ai.talent.service.state.catalog;

import ai.talent.domain.event.DomainEvent;
import ai.talent.service.kafka.KafkaClients;
import ai.talent.service.state.EventRecords;
import ai.talent.service.state.StateFailures;
import ai.talent.service.state.StateJson;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Keeps one catalog current on one replica. It reads every partition of the catalog's topic without a consumer
 * group (each replica reads everything), starting from the offsets of the store's last checkpoint; it first
 * reads up to the end offsets it found at start (readiness stays down meanwhile), then follows the topic,
 * committing the store with its offsets every {@code talent.state.catalog.commit-interval} and when it stops.
 * Applying an event twice is harmless (upserts by id; an event id among the last ones read from its partition is
 * skipped), so a crash between two commits costs only a replay. The window of ids is per partition: a key's events
 * stay in one partition, and the window then depends only on the position in that partition's log, not on how
 * a catch-up interleaves the partitions.
 *
 * <p>{@link #current()} is a read barrier: the follower takes the topic's end offsets when it next comes round
 * (after the caller asked, so every record written before the call is below them) and completes the barrier once
 * it has applied and published everything up to them. A reader that does not find an entity can then tell "not
 * read yet" (the barrier is not reached) from "not there" (reached, still absent).
 */
final class CatalogFollower<T> implements Runnable {

    private static final Logger LOG = Logger.getLogger(CatalogFollower.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

    private final CatalogDefinition<T> definition;
    private final CatalogStore store;
    private final Map<String, Object> consumerConfig;
    private final Duration commitInterval;
    private final Duration brokerTimeout;
    private final int dedupeWindow;
    private final Counter applied;
    private final Counter duplicates;
    private final Counter skipped;

    /** How the updater changes the store: entities as JSON, read back the same way. */
    private final CatalogWriter<T> writer = new CatalogWriter<>() {
        @Override
        public void put(String id, T entity) {
            store.upsert(id, StateJson.write(entity));
        }

        @Override
        public void remove(String id) {
            store.delete(id);
        }

        @Override
        public Optional<T> get(String id) {
            return store.get(id).map(json -> StateJson.read(json, definition.type()));
        }
    };

    /** Barriers asked for and not yet given their target offsets (any thread adds, the follower takes). */
    private final Queue<CompletableFuture<Void>> asked = new ConcurrentLinkedQueue<>();
    /** Barriers with their target offsets, waiting for the follower to reach them (follower thread only). */
    private final List<Barrier> waiting = new ArrayList<>();

    private volatile boolean stopping;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile CatalogStatus status;
    /** Whether the catalog has caught up once (follower thread only). */
    private boolean servedOnce;

    CatalogFollower(CatalogDefinition<T> definition, CatalogStore store, Map<String, Object> kafkaConfig,
                    Duration commitInterval, Duration brokerTimeout, int dedupeWindow, MeterRegistry registry) {
        this.definition = definition;
        this.store = store;
        this.commitInterval = commitInterval;
        this.brokerTimeout = brokerTimeout;
        this.dedupeWindow = dedupeWindow;
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "catalog-" + definition.name() + "-" + ProcessHandle.current().pid());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // A checkpoint older than the topic's retention starts over at the earliest record still there.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) brokerTimeout.toMillis());
        this.consumerConfig = Map.copyOf(config);
        this.applied = counter(registry, "applied");
        this.duplicates = counter(registry, "duplicate");
        this.skipped = counter(registry, "skipped");
        this.status = new CatalogStatus(definition.name(), CatalogStatus.Phase.STARTING, 0, 0, null);
    }

    CatalogStatus status() {
        return status;
    }

    /**
     * Completes once the store holds (and readers see) every record the topic held when this was called: the end
     * offsets are taken when the follower next comes round (within its poll interval) and the barrier completes when
     * it has applied and published up to them. It never completes while the follower cannot reach the broker; the
     * caller bounds the wait (and may cancel the future, which the follower then drops). It fails when the follower
     * stops.
     */
    CompletableFuture<Void> current() {
        CompletableFuture<Void> barrier = new CompletableFuture<>();
        if (stopping) {
            barrier.completeExceptionally(new IllegalStateException("catalog " + definition.name() + " is stopped"));
            return barrier;
        }
        asked.add(barrier);
        return barrier;
    }

    /** Asks the follower to commit and return; {@link #run()} ends soon after. */
    void stop() {
        stopping = true;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    @Override
    public void run() {
        while (!stopping) {
            try {
                followFromCheckpoint();
            } catch (WakeupException e) {
                // stop() was called: the loop ends
            } catch (RuntimeException e) {
                if (stopping) {
                    break;
                }
                LOG.warnf(e, "Catalog %s: %s; trying again in %d s", definition.name(), e.getMessage(),
                        RETRY_PAUSE.toSeconds());
                // a disk that refused the commit: say what the disk said, not only which write failed
                String detail = StateFailures.isDiskFailure(e) ? e.getMessage() + ": " + StateFailures.reason(e)
                        : String.valueOf(e.getMessage());
                // once it has served, a failure is FAILED (also while it catches up again), not a slow start
                status = new CatalogStatus(definition.name(), servedOnce ? CatalogStatus.Phase.FAILED
                        : CatalogStatus.Phase.STARTING, status.lag(), status.documents(), detail);
                pause();
            }
        }
        status = new CatalogStatus(definition.name(), CatalogStatus.Phase.STOPPED, status.lag(), store.count(), null);
        IllegalStateException stopped = new IllegalStateException("catalog " + definition.name() + " stopped");
        waiting.forEach(b -> b.done().completeExceptionally(stopped));
        waiting.clear();
        for (CompletableFuture<Void> b; (b = asked.poll()) != null; ) {
            b.completeExceptionally(stopped);
        }
    }

    private void followFromCheckpoint() {
        // after a fatal write failure (a flush on a full disk) the store reopens on its last commit first
        store.recover();
        String clusterId = clusterId();
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(consumerConfig)) {
            consumer = kafka;
            if (stopping) {
                return;
            }
            List<TopicPartition> partitions = kafka.partitionsFor(definition.topic(), brokerTimeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            kafka.assign(partitions);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions, brokerTimeout);
            CatalogCheckpoint checkpoint = usableCheckpoint(clusterId, end);
            for (TopicPartition p : partitions) {
                Long offset = checkpoint.offsets().get(p.partition());
                if (offset == null) {
                    kafka.seekToBeginning(List.of(p));
                } else {
                    kafka.seek(p, offset);
                }
            }
            Map<Integer, RecentIds> recent = new HashMap<>();
            for (TopicPartition p : partitions) {
                recent.put(p.partition(), new RecentIds(dedupeWindow,
                        checkpoint.recentEventIds().getOrDefault(p.partition(), List.of())));
            }
            follow(kafka, clusterId, partitions, end, recent);
        } finally {
            consumer = null;
        }
    }

    private void follow(KafkaConsumer<String, String> kafka, String clusterId, List<TopicPartition> partitions,
                        Map<TopicPartition, Long> end, Map<Integer, RecentIds> recent) {
        long started = System.nanoTime();
        long restored = store.count();
        long records = 0;
        boolean caughtUp = false;
        boolean dirty = false;
        long lastCommit = System.nanoTime();
        status = new CatalogStatus(definition.name(), CatalogStatus.Phase.CATCHING_UP, lag(kafka, end), restored, null);
        LOG.infof("Catalog %s: restored %d documents from its checkpoint; reading %s to offsets %s",
                definition.name(), restored, definition.topic(), describe(end));
        try {
            while (!stopping) {
                ConsumerRecords<String, String> batch = kafka.poll(POLL);
                for (ConsumerRecord<String, String> record : batch) {
                    apply(record, recent.get(record.partition()));
                }
                if (!batch.isEmpty()) {
                    store.publish();
                    records += batch.count();
                    dirty = true;
                }
                if (!caughtUp) {
                    long lag = lag(kafka, end);
                    status = new CatalogStatus(definition.name(), CatalogStatus.Phase.CATCHING_UP, lag, store.count(), null);
                    if (lag == 0) {
                        commit(kafka, clusterId, partitions, recent);
                        dirty = false;
                        lastCommit = System.nanoTime();
                        caughtUp = true;
                        servedOnce = true;
                        LOG.infof("Catalog %s: caught up in %d ms (%d documents restored, %d records read, %d documents)",
                                definition.name(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                                restored, records, store.count());
                        try {
                            store.caughtUp();
                        } catch (RuntimeException e) {
                            // an optimisation the store offers, never a reason to stop following
                            LOG.warnf(e, "Catalog %s: the store's work after catching up failed", definition.name());
                        }
                    }
                }
                if (caughtUp) {
                    status = new CatalogStatus(definition.name(), CatalogStatus.Phase.FOLLOWING, currentLag(kafka, partitions),
                            store.count(), null);
                    if (dirty && System.nanoTime() - lastCommit >= commitInterval.toNanos()) {
                        commit(kafka, clusterId, partitions, recent);
                        dirty = false;
                        lastCommit = System.nanoTime();
                    }
                }
                serveBarriers(kafka, partitions);
            }
        } catch (WakeupException e) {
            // stop() was called
        }
        if (dirty || !caughtUp) {
            commit(kafka, clusterId, partitions, recent);
        }
    }

    /**
     * Gives the barriers asked for since the last round the topic's end offsets as of now, then completes those whose
     * offsets this follower has reached: everything below them is applied and published (readers see it).
     */
    private void serveBarriers(KafkaConsumer<String, String> kafka, List<TopicPartition> partitions) {
        waiting.removeIf(b -> b.done().isDone());
        List<CompletableFuture<Void>> fresh = new ArrayList<>();
        for (CompletableFuture<Void> b; (b = asked.poll()) != null; ) {
            if (!b.isDone()) {
                fresh.add(b);
            }
        }
        if (!fresh.isEmpty()) {
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions, brokerTimeout);
            fresh.forEach(b -> waiting.add(new Barrier(b, end)));
        }
        if (waiting.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> position = new HashMap<>();
        for (TopicPartition p : partitions) {
            position.put(p, kafka.position(p, brokerTimeout));
        }
        waiting.removeIf(b -> {
            boolean reached = b.target().entrySet().stream()
                    .allMatch(e -> position.getOrDefault(e.getKey(), Long.MAX_VALUE) >= e.getValue());
            if (reached) {
                b.done().complete(null);
            }
            return reached;
        });
    }

    /** A read barrier and the end offsets it waits for. */
    private record Barrier(CompletableFuture<Void> done, Map<TopicPartition, Long> target) {
    }

    private void apply(ConsumerRecord<String, String> record, RecentIds recent) {
        if (record.value() == null) {
            // A compacted topic's tombstone: the entity's delete event came before it.
            return;
        }
        DomainEvent event;
        try {
            event = EventRecords.decode(definition.topic(), record.key(), record.value(), record.headers());
        } catch (RuntimeException e) {
            // The consumer-group intake dead-letters it, once for the whole service.
            skipped.increment();
            LOG.debugf("Catalog %s skips %s-%d@%d: %s", definition.name(), record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return;
        }
        if (recent.contains(event.eventId())) {
            duplicates.increment();
            return;
        }
        try {
            definition.updater().apply(event, writer);
        } catch (RuntimeException e) {
            skipped.increment();
            LOG.warnf(e, "Catalog %s could not apply %s (%s-%d@%d)", definition.name(), event.type().wireName(),
                    record.topic(), record.partition(), record.offset());
            return;
        }
        recent.add(event.eventId());
        applied.increment();
    }

    /** The store's checkpoint, or an empty one (after clearing the store) when it cannot be resumed from. */
    private CatalogCheckpoint usableCheckpoint(String clusterId, Map<TopicPartition, Long> end) {
        CatalogCheckpoint checkpoint = store.checkpoint();
        String problem = null;
        if (checkpoint.clusterId() != null && !checkpoint.clusterId().equals(clusterId)) {
            problem = "it was built from Kafka cluster " + checkpoint.clusterId() + ", the broker is cluster " + clusterId;
        } else {
            for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
                Long offset = checkpoint.offsets().get(e.getKey().partition());
                if (offset != null && offset > e.getValue()) {
                    problem = "its offset " + offset + " of partition " + e.getKey().partition()
                            + " is past the topic's end " + e.getValue() + " (the topic was recreated)";
                }
            }
        }
        if (problem == null) {
            return checkpoint;
        }
        LOG.warnf("Catalog %s: rebuilding from the beginning of %s, because %s", definition.name(), definition.topic(),
                problem);
        store.deleteAll();
        store.commit(new CatalogCheckpoint(clusterId, Map.of(), Map.of()));
        return store.checkpoint();
    }

    private void commit(KafkaConsumer<String, String> kafka, String clusterId, List<TopicPartition> partitions,
                        Map<Integer, RecentIds> recent) {
        Map<Integer, Long> offsets = new HashMap<>();
        Map<Integer, List<String>> ids = new HashMap<>();
        for (TopicPartition p : partitions) {
            offsets.put(p.partition(), kafka.position(p, brokerTimeout));
            ids.put(p.partition(), recent.get(p.partition()).snapshot());
        }
        store.commit(new CatalogCheckpoint(clusterId, offsets, ids));
    }

    private String clusterId() {
        Map<String, Object> adminConfig = KafkaClients.adminConfig(consumerConfig,
                Map.of(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(brokerTimeout.toMillis(), 10_000)));
        try (Admin admin = Admin.create(adminConfig)) {
            return admin.describeCluster().clusterId().get(brokerTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the broker for its cluster id", e);
        } catch (Exception e) {
            throw new IllegalStateException("the broker at " + consumerConfig.get("bootstrap.servers")
                    + " did not tell its cluster id within " + brokerTimeout + ": " + e, e);
        }
    }

    private static long lag(KafkaConsumer<String, String> kafka, Map<TopicPartition, Long> end) {
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            lag += Math.max(0, e.getValue() - kafka.position(e.getKey()));
        }
        return lag;
    }

    private static long currentLag(KafkaConsumer<String, String> kafka, List<TopicPartition> partitions) {
        long lag = 0;
        for (TopicPartition p : partitions) {
            lag += kafka.currentLag(p).orElse(0);
        }
        return lag;
    }

    private static String describe(Map<TopicPartition, Long> offsets) {
        StringBuilder sb = new StringBuilder("{");
        offsets.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparingInt(TopicPartition::partition)))
                .forEach(e -> sb.append(sb.length() > 1 ? ", " : "").append(e.getKey().partition()).append('=').append(e.getValue()));
        return sb.append('}').toString();
    }

    private Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("talent.catalog.records").tag("catalog", definition.name()).tag("outcome", outcome)
                .description("records a catalog read from its topic, by what it did with them").register(registry);
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
