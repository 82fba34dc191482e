package ai.talent.faults;

import ai.talent.domain.event.CloudEventHeaders;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventCodec;
import ai.talent.service.testing.KafkaTestClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The platform's producer in a fault scenario: idempotent, {@code acks=all}, and patient (it keeps retrying for
 * {@code delivery.timeout.ms} while the broker is down), recording which events the broker acknowledged. An event
 * counts as sent when {@code send} returned, as acknowledged when its callback reported success.
 */
final class TrackedProducer implements AutoCloseable {

    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(120);

    private final KafkaProducer<String, String> producer;
    private final EventCodec codec = new EventCodec();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    TrackedProducer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(DELIVERY_TIMEOUT.toMillis()));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(DELIVERY_TIMEOUT.toMillis()));
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        this.producer = new KafkaProducer<>(props);
    }

    /** Sends an event as the platform would; {@code id} names it in {@link #acknowledged()}. */
    void send(String id, DomainEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.type().topic(), event.key(),
                codec.encode(event));
        CloudEventHeaders.of(event, KafkaTestClient.TEST_SOURCE)
                .forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
        producer.send(record, (metadata, error) -> {
            if (error == null) {
                acknowledged.add(id);
            } else {
                failed.incrementAndGet();
            }
        });
        sent.incrementAndGet();
    }

    /** Waits until every send has been acknowledged or has failed. */
    void flush() {
        producer.flush();
    }

    int sent() {
        return sent.get();
    }

    int failed() {
        return failed.get();
    }

    /** The ids of the events the broker acknowledged so far. */
    Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
