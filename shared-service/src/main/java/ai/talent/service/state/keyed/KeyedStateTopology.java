package ai.talent.service.state.keyed;

import ai.talent.domain.event.CloudEventHeaders;
import ai.talent.domain.event.DomainEvent;
import ai.talent.service.state.EventRecords;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Aggregator;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Initializer;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.jboss.logging.Logger;

/**
 * Builds a service's keyed state as a Kafka Streams topology: the events of some topics (decoded, checked and
 * deduplicated by event id), folded per key into a store, and optionally events emitted from the result — all in
 * the same transaction ({@code processing.guarantee=exactly_once_v2}), so a store update and the events it
 * causes happen together or not at all. A service declares its keyed stores in its {@code Topology} producer:
 *
 * <pre>{@code
 * @Produces @Singleton
 * Topology topology(KeyedState state) {
 *     KeyedStateTopology t = state.topology();
 *     t.store("learners", LearnerState.class, t.events("learning", Topics.LEARNING_EVENTS),
 *             LearnerState::empty, (learnerId, event, learner) -> learner.apply(event));
 *     return t.build();
 * }
 * }</pre>
 *
 * Events keyed by another entity than the store's are re-keyed first ({@code events.selectKey(...)}); Kafka
 * Streams then repartitions them through an internal topic so that each key's events meet in one task.
 */
public final class KeyedStateTopology {

    private static final Logger LOG = Logger.getLogger(KeyedStateTopology.class);

    private final StreamsBuilder builder = new StreamsBuilder();
    private final String source;
    private final Duration dedupeRetention;
    private final MeterRegistry registry;
    private final GlobalTopics globalTopics;
    private final EventSerde eventSerde = new EventSerde();

    KeyedStateTopology(String source, Duration dedupeRetention, MeterRegistry registry, GlobalTopics globalTopics) {
        this.source = source;
        this.dedupeRetention = dedupeRetention;
        this.registry = registry;
        this.globalTopics = globalTopics;
    }

    /**
     * The valid events of {@code topics}, keyed as on their topic, each event id at most once within
     * {@code talent.state.keyed.dedupe-retention}. Invalid records are skipped here (counted in
     * {@code talent.keyed.records{outcome=skipped}}): the consumer-group intake dead-letters them.
     *
     * @param name names this input's processors and its store of seen event ids ({@code <name>-event-ids})
     */
    public KStream<String, DomainEvent> events(String name, String... topics) {
        String seenIds = name + "-event-ids";
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(seenIds, dedupeRetention, dedupeRetention, false),
                Serdes.String(), Serdes.Long()));
        Counter applied = counter(name, "accepted");
        Counter duplicates = counter(name, "duplicate");
        Counter skipped = counter(name, "skipped");
        return builder.stream(List.of(topics), Consumed.with(Serdes.String(), Serdes.String()).withName(name + "-in"))
                .processValues(() -> new EventDecoder(seenIds, dedupeRetention, applied, duplicates, skipped),
                        Named.as(name + "-decode"), seenIds);
    }

    /**
     * A store named {@code name} holding one {@code V} per key: {@code fold} turns the key's current value
     * ({@code initial} for a new key) and one event into the new value; a null value deletes the key.
     * Queryable under {@code name} (see {@link KeyedStateReads}).
     */
    public <V> KTable<String, V> store(String name, Class<V> type, KStream<String, DomainEvent> events,
                                       Initializer<V> initial, Aggregator<String, DomainEvent, V> fold) {
        return events.groupByKey(Grouped.with(name + "-by-key", Serdes.String(), eventSerde))
                .aggregate(initial, fold, Named.as(name + "-fold"),
                        Materialized.<String, V, KeyValueStore<Bytes, byte[]>>as(name)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(JsonSerde.of(type)));
    }

    /**
     * Writes {@code events} to their topics (the topic of each event's type), keyed by the event's key, with
     * CloudEvents headers naming this service as source; part of the same transaction as the store updates.
     */
    public void emit(String name, KStream<String, DomainEvent> events) {
        events.selectKey((key, event) -> event.key(), Named.as(name + "-key"))
                .processValues(() -> new CloudEventHeaderWriter(source), Named.as(name + "-headers"))
                .to((key, event, context) -> event.type().topic(),
                        Produced.with(Serdes.String(), eventSerde).withName(name + "-out"));
    }

    /**
     * A store every replica holds whole (a Kafka Streams global table) named {@code name}: small reference data
     * derived from events, e.g. the exercises seen in any attempt. {@code values} are written to a compacted topic
     * of the application ({@code <application id>-<name>}, created when the topology is built), which is the
     * store's source of truth: a new replica loads it whole before it reports ready. Read it with
     * {@link KeyedStateReads#global}; a processor may read it too ({@code context.getStateStore(name)}).
     */
    public <V> void globalStore(String name, Class<V> type, KStream<String, V> values) {
        String topic = globalTopics.declare(name);
        values.to(topic, Produced.with(Serdes.String(), JsonSerde.of(type)).withName(name + "-to-global"));
        builder.globalTable(topic, Consumed.with(Serdes.String(), JsonSerde.of(type)).withName(name + "-global-in"),
                Materialized.<String, V, KeyValueStore<Bytes, byte[]>>as(name)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(JsonSerde.of(type)));
    }

    /** The DSL builder itself, for derived state the methods above do not cover (e.g. a table re-grouped). */
    public StreamsBuilder builder() {
        return builder;
    }

    public EventSerde eventSerde() {
        return eventSerde;
    }

    /** The topology; the topics of its global stores exist once this returns. */
    public Topology build() {
        globalTopics.create();
        return builder.build();
    }

    private Counter counter(String input, String outcome) {
        return Counter.builder("talent.keyed.records").tag("input", input).tag("outcome", outcome)
                .description("records a keyed-state topology read, by what it did with them").register(registry);
    }

    /** Decodes a record into its event, skipping invalid records and event ids seen within the retention. */
    private static final class EventDecoder implements FixedKeyProcessor<String, String, DomainEvent> {

        private final String storeName;
        private final long retentionMs;
        private final Counter accepted;
        private final Counter duplicates;
        private final Counter skipped;
        private FixedKeyProcessorContext<String, DomainEvent> context;
        private WindowStore<String, Long> seen;

        EventDecoder(String storeName, Duration retention, Counter accepted, Counter duplicates, Counter skipped) {
            this.storeName = storeName;
            this.retentionMs = retention.toMillis();
            this.accepted = accepted;
            this.duplicates = duplicates;
            this.skipped = skipped;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, DomainEvent> context) {
            this.context = context;
            this.seen = context.getStateStore(storeName);
        }

        @Override
        public void process(FixedKeyRecord<String, String> record) {
            if (record.value() == null) {
                return;
            }
            String topic = context.recordMetadata().map(RecordMetadata::topic).orElse("?");
            DomainEvent event;
            try {
                event = EventRecords.decode(topic, record.key(), record.value(), record.headers());
            } catch (RuntimeException e) {
                skipped.increment();
                LOG.debugf("Keyed state skips a record of %s: %s", topic, e.getMessage());
                return;
            }
            long time = record.timestamp();
            try (WindowStoreIterator<Long> earlier = seen.fetch(event.eventId(), time - retentionMs, time)) {
                if (earlier.hasNext()) {
                    duplicates.increment();
                    return;
                }
            }
            seen.put(event.eventId(), time, time);
            accepted.increment();
            context.forward(record.withValue(event));
        }
    }

    /** Adds the CloudEvents headers of each emitted event. */
    private static final class CloudEventHeaderWriter implements FixedKeyProcessor<String, DomainEvent, DomainEvent> {

        private final String source;
        private FixedKeyProcessorContext<String, DomainEvent> context;

        CloudEventHeaderWriter(String source) {
            this.source = source;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, DomainEvent> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, DomainEvent> record) {
            RecordHeaders headers = new RecordHeaders();
            CloudEventHeaders.of(record.value(), source)
                    .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
            context.forward(record.withHeaders(headers));
        }
    }
}
