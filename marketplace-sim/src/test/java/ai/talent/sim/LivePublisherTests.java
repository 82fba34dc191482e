package ai.talent.sim;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.event.CloudEventHeaders;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.EventType;
import ai.talent.domain.event.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class LivePublisherTests {

    private final EventCodec codec = new EventCodec();
    private final Marketplace market = new Marketplace(SimConfig.of(30, 10, 3, 9).withQueries(0).withAttemptsPerLearner(5));

    @Test
    void publishesEveryEntityToItsTopicKeyedByEntityIdWithCloudEventHeaders() {
        MockProducer<String, String> producer = new MockProducer<>(true, null, new StringSerializer(),
                new StringSerializer());
        long sent;
        try (LivePublisher publisher = new LivePublisher(producer, 0, Long.MAX_VALUE)) {
            sent = publisher.replay(market, Progress.silent());
        }
        List<ProducerRecord<String, String>> records = producer.history();
        assertThat(records).hasSize((int) sent);
        Set<String> topics = records.stream().map(ProducerRecord::topic).collect(Collectors.toSet());
        assertThat(topics).contains(Topics.FREELANCERS, Topics.PROJECTS, Topics.CONTRACTS, Topics.LEARNING_EVENTS);
        for (ProducerRecord<String, String> r : records) {
            String ceType = header(r, CloudEventHeaders.TYPE);
            DomainEvent event = codec.decode(r.value(), ceType);
            assertThat(r.topic()).isEqualTo(event.type().topic());
            assertThat(r.key()).isEqualTo(event.key());
            assertThat(header(r, CloudEventHeaders.ID)).isEqualTo(event.eventId());
            assertThat(header(r, CloudEventHeaders.SOURCE)).isEqualTo(LivePublisher.SOURCE);
            assertThat(header(r, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        }
        // every freelancer joins, and those who complete a contract are published again with their new record
        assertThat(records.stream().filter(r -> header(r, CloudEventHeaders.TYPE)
                .equals(EventType.FREELANCER_UPSERTED.wireName())).map(ProducerRecord::key).distinct()).hasSize(30);
    }

    @Test
    void keepsToTheRateLimitAndTheEventCap() {
        MockProducer<String, String> producer = new MockProducer<>(true, null, new StringSerializer(),
                new StringSerializer());
        long started = System.nanoTime();
        try (LivePublisher publisher = new LivePublisher(producer, 100, 31)) {
            assertThat(publisher.replay(market, Progress.silent())).isEqualTo(31);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // 31 events at 100/s: the last one is due 0.30 s after the first
        assertThat(seconds).isGreaterThanOrEqualTo(0.29);
        assertThat(producer.history()).hasSize(31);
    }

    private static String header(ProducerRecord<String, String> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
