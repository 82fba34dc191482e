package ai.talent.load;

import ai.talent.domain.event.CloudEventHeaders;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.service.testing.SampleEvents;
import ai.talent.sim.Marketplace;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Events for the services' input topics as the platform would send them (JSON, CloudEvents headers, key = entity
 * id), made from the simulated marketplace the suite holds: profile updates of its freelancers, new projects with its
 * projects' skills (each one a {@code project.posted} matching answers with {@code match.recommended}), contracts
 * awarded on its projects, and its learners' attempts at its exercises. Sent by a producer with {@code acks=all}.
 */
final class EventLoad implements AutoCloseable {

    static final String SOURCE = "/talent-ai/load-bench";

    private final KafkaProducer<String, String> producer;
    private final EventCodec codec = new EventCodec();
    private final Mixes ids;
    private final Marketplace market;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    /** When each posted project was sent (ms since the epoch), to time its recommendation. */
    private final Map<String, Long> postedAt = new ConcurrentHashMap<>();
    private long sequence;

    EventLoad(String bootstrap, Marketplace market, Mixes ids) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "talent-load-bench");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        this.market = market;
        this.ids = ids;
    }

    /** The next event for a topic. */
    DomainEvent next(String topic) {
        long i = sequence++;
        return switch (topic) {
            case Topics.FREELANCERS -> new FreelancerUpserted(UUID.randomUUID().toString(), Instant.now(),
                    market.freelancer(Math.floorMod(i, (long) market.config().freelancers())).freelancer());
            case Topics.PROJECTS -> {
                List<SkillRequirement> skills = ids.projectSkills().get((int) Math.floorMod(i,
                        (long) ids.projectSkills().size()));
                yield SampleEvents.projectPosted(SampleEvents.project("load-" + run + "-p" + i, 50_000, skills));
            }
            case Topics.CONTRACTS -> SampleEvents.contractAwarded(pick(ids.projects(), i), pick(ids.freelancers(), i),
                    40_000);
            case Topics.LEARNING_EVENTS -> {
                int e = (int) Math.floorMod(i * 13, (long) ids.exercises().size());
                yield SampleEvents.attempt(pick(ids.learners(), i), ids.exercises().get(e),
                        List.of(ids.exerciseSkills().get(e).getFirst()), i % 3 != 0);
            }
            default -> throw new IllegalArgumentException("no events for topic " + topic);
        };
    }

    /** Sends {@code count} events to a topic as fast as the producer takes them; returns acknowledged events/s. */
    double burst(String topic, int count) {
        long start = System.nanoTime();
        List<Future<RecordMetadata>> sent = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            sent.add(send(next(topic)));
        }
        producer.flush();
        for (Future<RecordMetadata> f : sent) {
            try {
                f.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the broker did not acknowledge an event on " + topic + ": "
                        + e.getMessage(), e);
            }
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** Sends one event without waiting for its acknowledgement. */
    Future<RecordMetadata> send(DomainEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.type().topic(), event.key(),
                codec.encode(event));
        CloudEventHeaders.of(event, SOURCE)
                .forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
        Future<RecordMetadata> future = producer.send(record);
        if (event.type().topic().equals(Topics.PROJECTS)) {
            postedAt.put(event.key(), System.currentTimeMillis());
        }
        return future;
    }

    void flush() {
        producer.flush();
    }

    /**
     * Milliseconds from sending each project this bench posted to its {@code match.recommended} record (the record's
     * timestamp, set when matching produced it), read from the topic; projects not yet answered are left out.
     */
    long[] recommendationLatencies(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<Long> latencies = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.MATCH_RECOMMENDATIONS, Duration.ofSeconds(10))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline
                    && end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    Long sent = postedAt.remove(r.key());
                    if (sent != null) {
                        latencies.add(r.timestamp() - sent);
                    }
                }
            }
        }
        return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    private static String pick(List<String> values, long i) {
        return values.get((int) Math.floorMod(i * 7919L, (long) values.size()));
    }
}
