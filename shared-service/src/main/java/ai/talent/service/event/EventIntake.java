package ai.talent.service.event;

import ai.talent.domain.event.CloudEventHeaders;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.EventDecodingException;
import ai.talent.service.state.ProcessedEventLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * The one way a service takes an event off a topic: decode the record with {@link EventCodec} (checking the
 * {@code ce_type} header against the body), check that it belongs on the topic, skip it when its id was
 * already processed (the durable {@link ProcessedEventLog}), hand it to the service, then remember its id.
 * Anything that cannot be decoded or handled is rethrown, so the {@code @Incoming} method nacks the record and
 * the channel's dead-letter strategy sends it to {@code <topic>.dlq} with the exception's message as reason.
 *
 * <p>Metrics: {@code talent.events.received}, {@code talent.events.duplicates}, {@code talent.events.failed},
 * {@code talent.events.tombstones}, all tagged with the logical topic.
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);

    private final EventCodec codec = new EventCodec();
    private final ProcessedEventLog processed;
    private final MeterRegistry registry;

    public EventIntake(ProcessedEventLog processed, MeterRegistry registry) {
        this.processed = processed;
        this.registry = registry;
    }

    /**
     * Processes one record of {@code topic} (the logical name, a {@code Topics} constant).
     *
     * @return true when the handler ran, false when the record was a redelivery or a tombstone
     * @throws EventDecodingException      when the record is not a valid event
     * @throws UnprocessableEventException when it is valid but does not belong on this topic or under this key
     */
    public boolean accept(String topic, ConsumerRecord<String, String> record, Consumer<? super DomainEvent> handler) {
        if (record.value() == null) {
            // A compacted topic's tombstone: the entity's delete event came before it, nothing is left to do.
            counter("talent.events.tombstones", topic).increment();
            return false;
        }
        try {
            DomainEvent event = decode(record);
            checkBelongs(topic, record, event);
            if (processed.contains(event.eventId())) {
                counter("talent.events.duplicates", topic).increment();
                LOG.debugf("Skipping redelivered event %s (%s) from %s-%d@%d", event.eventId(),
                        event.type().wireName(), record.topic(), record.partition(), record.offset());
                return false;
            }
            handler.accept(event);
            processed.add(event.eventId());
            Counter.builder("talent.events.received").tag("topic", topic).tag("type", event.type().wireName())
                    .register(registry).increment();
            return true;
        } catch (RuntimeException e) {
            Counter.builder("talent.events.failed").tag("topic", topic).tag("reason", e.getClass().getSimpleName())
                    .register(registry).increment();
            LOG.warnf("Sending record %s-%d@%d to the dead-letter topic: %s", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            throw e;
        }
    }

    /** About how many event ids are remembered right now (for diagnostics). */
    public long rememberedIds() {
        return processed.approximateSize();
    }

    private DomainEvent decode(ConsumerRecord<String, String> record) {
        Header ceType = record.headers().lastHeader(CloudEventHeaders.TYPE);
        return ceType == null || ceType.value() == null
                ? codec.decode(record.value())
                : codec.decode(record.value(), new String(ceType.value(), StandardCharsets.UTF_8));
    }

    private static void checkBelongs(String topic, ConsumerRecord<String, String> record, DomainEvent event) {
        if (!event.type().topic().equals(topic)) {
            throw new UnprocessableEventException("event type " + event.type().wireName() + " belongs on topic "
                    + event.type().topic() + ", not " + topic);
        }
        if (record.key() != null && !Objects.equals(record.key(), event.key())) {
            throw new UnprocessableEventException("record key '" + record.key() + "' differs from the event's key '"
                    + event.key() + "'; producers must key " + event.type().wireName() + " by its entity id");
        }
    }

    private Counter counter(String name, String topic) {
        return Counter.builder(name).tag("topic", topic).register(registry);
    }
}
