package ai.talent.service.event;

import ai.talent.domain.event.CloudEventHeaders;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.EventDecodingException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * The one way a service takes an event off a topic: decode the record with {@link EventCodec} (its CloudEvents
 * headers must agree with the body: a known {@code ce_type} in a known version, the same id), check that it is one
 * of the events the caller reads from that topic and is keyed by its entity, skip it when its id was already
 * processed, hand it to the service (retrying a transient failure with back-off, see {@link RetryPolicy}), then
 * remember its id. Whatever still fails is rethrown, so the {@code @Incoming} method nacks the record and the
 * channel's failure strategy ({@link ServiceDeadLetterQueue}) writes it to {@code <topic>.dlq} with the reason,
 * the exception's class and this service's name.
 *
 * <p>Metrics: {@code talent.events.received}, {@code talent.events.duplicates}, {@code talent.events.retries},
 * {@code talent.events.failed}, {@code talent.events.tombstones}, all tagged with the logical topic.
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);

    private final EventCodec codec = new EventCodec();
    private final ProcessedEventIds processed;
    private final RetryPolicy retry;
    private final MeterRegistry registry;

    public EventIntake(EventsConfig config, MeterRegistry registry) {
        this.processed = new ProcessedEventIds(config.processedIdCapacity());
        this.retry = RetryPolicy.of(config.retry());
        this.registry = registry;
    }

    /**
     * Processes one record of {@code topic} (the logical name, a {@code Topics} constant) that must hold one of the
     * events {@code accepted} stands for: a sealed group such as {@code ProjectEvent}, or one event record, so
     * that the handler can {@code switch} over exactly those.
     *
     * @return true when the handler ran, false when the record was a redelivery or a tombstone
     * @throws EventDecodingException      when the record is not a valid event
     * @throws UnprocessableEventException when it is valid but not one this consumer reads from this topic, or is
     *                                     keyed by something other than its entity
     */
    public <T extends DomainEvent> boolean accept(String topic, ConsumerRecord<String, String> record,
                                                  Class<T> accepted, Consumer<? super T> handler) {
        if (record.value() == null) {
            // A compacted topic's tombstone: the entity's delete event came before it, nothing is left to do.
            counter("talent.events.tombstones", topic).increment();
            return false;
        }
        try {
            T event = checkBelongs(topic, record, decode(record), accepted);
            if (processed.contains(event.eventId())) {
                counter("talent.events.duplicates", topic).increment();
                LOG.debugf("Skipping redelivered event %s (%s) from %s-%d@%d", event.eventId(),
                        event.type().wireName(), record.topic(), record.partition(), record.offset());
                return false;
            }
            handleWithRetries(topic, record, event, handler);
            processed.add(event.eventId());
            Counter.builder("talent.events.received").tag("topic", topic).tag("type", event.type().wireName())
                    .register(registry).increment();
            return true;
        } catch (RuntimeException e) {
            Counter.builder("talent.events.failed").tag("topic", topic).tag("reason", e.getClass().getSimpleName())
                    .register(registry).increment();
            LOG.warnf("Sending record %s-%d@%d to the dead-letter topic: %s: %s", record.topic(), record.partition(),
                    record.offset(), e.getClass().getName(), e.getMessage());
            throw e;
        }
    }

    /** {@link #accept(String, ConsumerRecord, Class, Consumer)} for a consumer that reads any event of the topic. */
    public boolean accept(String topic, ConsumerRecord<String, String> record, Consumer<? super DomainEvent> handler) {
        return accept(topic, record, DomainEvent.class, handler);
    }

    /** How many event ids are remembered right now (for diagnostics). */
    public int rememberedIds() {
        return processed.size();
    }

    private <T extends DomainEvent> void handleWithRetries(String topic, ConsumerRecord<String, String> record,
                                                           T event, Consumer<? super T> handler) {
        for (int attempt = 1; ; attempt++) {
            try {
                handler.accept(event);
                return;
            } catch (RuntimeException e) {
                if (!retry.retries(attempt, e)) {
                    throw e;
                }
                Duration delay = retry.delayAfter(attempt);
                Counter.builder("talent.events.retries").tag("topic", topic)
                        .tag("reason", e.getClass().getSimpleName()).register(registry).increment();
                LOG.infof("Attempt %d of %d at event %s (%s-%d@%d) failed (%s: %s); trying again in %d ms", attempt,
                        retry.maxAttempts(), event.eventId(), record.topic(), record.partition(), record.offset(),
                        e.getClass().getSimpleName(), e.getMessage(), delay.toMillis());
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private DomainEvent decode(ConsumerRecord<String, String> record) {
        String specVersion = header(record, CloudEventHeaders.SPEC_VERSION);
        if (specVersion != null && !specVersion.equals(CloudEventHeaders.SPEC_VERSION_VALUE)) {
            throw new EventDecodingException(CloudEventHeaders.SPEC_VERSION, "must be "
                    + CloudEventHeaders.SPEC_VERSION_VALUE + ", was " + specVersion);
        }
        String ceType = header(record, CloudEventHeaders.TYPE);
        DomainEvent event = ceType == null ? codec.decode(record.value()) : codec.decode(record.value(), ceType);
        String ceId = header(record, CloudEventHeaders.ID);
        if (ceId != null && !ceId.equals(event.eventId())) {
            throw new EventDecodingException(CloudEventHeaders.ID, "'" + ceId + "' differs from the body's eventId '"
                    + event.eventId() + "'");
        }
        return event;
    }

    private static <T extends DomainEvent> T checkBelongs(String topic, ConsumerRecord<String, String> record,
                                                          DomainEvent event, Class<T> accepted) {
        if (!event.type().topic().equals(topic)) {
            throw new UnprocessableEventException("event type " + event.type().wireName() + " belongs on topic "
                    + event.type().topic() + ", not " + topic);
        }
        if (!accepted.isInstance(event)) {
            throw new UnprocessableEventException("this service does not read " + event.type().wireName()
                    + " from " + topic + " (it reads " + accepted.getSimpleName() + ")");
        }
        if (record.key() != null && !Objects.equals(record.key(), event.key())) {
            throw new UnprocessableEventException("record key '" + record.key() + "' differs from the event's key '"
                    + event.key() + "'; producers must key " + event.type().wireName() + " by its entity id");
        }
        return accepted.cast(event);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Counter counter(String name, String topic) {
        return Counter.builder(name).tag("topic", topic).register(registry);
    }
}
