package ai.talent.service.state.keyed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventIds;
import ai.talent.domain.event.EventType;
import ai.talent.domain.event.LearningAttempted;
import ai.talent.domain.event.LearningPathUpdated;
import ai.talent.domain.event.SkillMastery;
import ai.talent.domain.event.Topics;
import ai.talent.localstack.kafka.EmbeddedKafka;
import ai.talent.service.testing.KafkaTestClient;
import ai.talent.service.testing.SampleEvents;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A keyed store built by {@link KeyedStateTopology} on a real broker, exactly once: every event folded once (also a
 * redelivered one), the events it emits in the same transaction with CloudEvents headers, the store back from its
 * state folder after a restart, catch-up with the input that arrived meanwhile, and a global store beside it.
 */
class KeyedStateTopologyTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String SOURCE = "/talent-ai/keyed-test";

    private static EmbeddedKafka kafka;
    private static KafkaTestClient client;

    @TempDir
    Path stateDir;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.start();
        client = new KafkaTestClient(kafka.bootstrapServers());
    }

    @AfterAll
    static void stopBroker() {
        client.close();
        kafka.close();
    }

    /** The value of the test's store: how many attempts a learner made, and the last attempt's event id. */
    record Attempts(int count, String lastEventId) {
    }

    @Test
    void foldsEachEventOnceEmitsInTheSameTransactionAndResumesFromItsStateFolder() {
        String learner = SampleEvents.newId("l");
        LearningAttempted first = SampleEvents.attempt(learner, "ex-1", List.of("sql"), true);
        client.send(first);
        client.send(SampleEvents.attempt(learner, "ex-2", List.of("sql"), false));
        client.send(first);

        KafkaStreams streams = start();
        await().atMost(TIMEOUT).ignoreExceptions().until(() -> attempts(streams, learner).count() == 2);
        KeyedStateCatchUp catchUp = new KeyedStateCatchUp(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                "keyed-test");
        await().atMost(TIMEOUT).until(() -> catchUp.check(streams));
        List<ConsumerRecord<String, String>> emitted = awaitEmitted(learner, 2);
        assertThat(KafkaTestClient.header(emitted.get(0), "ce_type")).isNotBlank();
        assertThat(KafkaTestClient.header(emitted.get(0), "ce_source")).isEqualTo(SOURCE);
        assertThat(KafkaTestClient.header(emitted.get(0), "ce_id"))
                .isEqualTo(EventIds.derived(SOURCE, EventType.LEARNING_PATH_UPDATED, first.eventId()));
        streams.close(Duration.ofSeconds(30));
        catchUp.close();

        client.send(SampleEvents.attempt(learner, "ex-3", List.of("sql"), true));
        KafkaStreams restarted = start();
        KeyedStateCatchUp restartedCatchUp = new KeyedStateCatchUp(Map.of("bootstrap.servers",
                kafka.bootstrapServers()), "keyed-test");
        await().atMost(TIMEOUT).ignoreExceptions().until(() -> restarted.state() == KafkaStreams.State.RUNNING
                && restartedCatchUp.check(restarted));
        assertThat(attempts(restarted, learner).count()).as("caught up: the attempt sent while it was down is in")
                .isEqualTo(3);
        assertThat(awaitEmitted(learner, 3)).hasSize(3);
        assertThat(restarted.store(StoreQueryParameters.fromNameAndType("exercises",
                QueryableStoreTypes.<String, String>keyValueStore())).get("ex-3"))
                .as("a global store, loaded whole from its compacted topic").isEqualTo(learner);
        restarted.close(Duration.ofSeconds(30));
        restartedCatchUp.close();
    }

    private KafkaStreams start() {
        KeyedStateTopology topology = new KeyedStateTopology(SOURCE, Duration.ofDays(1),
                new SimpleMeterRegistry(), new GlobalTopics("keyed-test", Map.of("bootstrap.servers",
                kafka.bootstrapServers())));
        KStream<String, DomainEvent> learning = topology.events("learning", Topics.LEARNING_EVENTS);
        topology.globalStore("exercises", String.class, learning.map((learner, event) -> KeyValue.pair(
                ((LearningAttempted) event).attempt().exerciseId(), learner)));
        KStream<String, DomainEvent> paths = topology.store("attempts", Attempts.class, learning,
                        () -> new Attempts(0, null),
                        (learner, event, attempts) -> new Attempts(attempts.count() + 1, event.eventId()))
                .toStream()
                .mapValues((learner, attempts) -> (DomainEvent) new LearningPathUpdated(
                        EventIds.derived(SOURCE, EventType.LEARNING_PATH_UPDATED, attempts.lastEventId()), Instant.now(),
                        learner, List.of(new SkillMastery("sql", Math.min(1.0, attempts.count() / 10.0))), List.of()));
        topology.emit("paths", paths);

        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "keyed-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbConfig.class);
        props.put(StreamsConfig.consumerPrefix("session.timeout.ms"), 6000);
        props.put(StreamsConfig.consumerPrefix("heartbeat.interval.ms"), 1000);
        props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
        KafkaStreams streams = new KafkaStreams(topology.build(), props);
        streams.start();
        return streams;
    }

    private static Attempts attempts(KafkaStreams streams, String learner) {
        Attempts value = streams.store(StoreQueryParameters.fromNameAndType("attempts",
                QueryableStoreTypes.<String, Attempts>keyValueStore())).get(learner);
        return value == null ? new Attempts(0, null) : value;
    }

    private static List<ConsumerRecord<String, String>> awaitEmitted(String learner, int count) {
        await().atMost(TIMEOUT).until(() -> client.readAll(Topics.LEARNING_PATHS, r -> learner.equals(r.key())).size()
                >= count);
        List<ConsumerRecord<String, String>> emitted = client.readAll(Topics.LEARNING_PATHS,
                r -> learner.equals(r.key()));
        assertThat(emitted).as("each attempt once, none twice").hasSize(count);
        return emitted;
    }
}
