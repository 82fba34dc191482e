package ai.talent.service.event;

import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.EventDecodingException;
import ai.talent.service.metrics.LatencyHistograms;
import ai.talent.service.state.EventRecords;
import ai.talent.service.state.ProcessedEventLog;
import ai.talent.service.state.StateFailures;
import ai.talent.service.state.StateFolderHealth;
import ai.talent.service.state.StateUnavailableException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The one way a service takes an event off a topic: decode the record with {@link EventCodec} (its CloudEvents
 * headers must agree with the body: a known {@code ce_type} in a known version, the same id), check that it is one
 * of the events the caller reads from that topic and is keyed by its entity, skip it when its id was already
 * processed (the durable {@link ProcessedEventLog}), hand it to the service (retrying a transient failure with
 * back-off, see {@link RetryPolicy}), then remember its id. While the state folder refuses writes
 * ({@link StateFolderHealth}: a full or read-only disk) the event waits before its handler runs, and a failed write
 * of its id is tried again alone until it passes, so it is neither lost, nor dead-lettered, nor handled twice.
 * Whatever still fails is rethrown, so the {@code @Incoming} method nacks the record and the channel's failure
 * strategy ({@link ServiceDeadLetterQueue}) writes it to {@code <topic>.dlq} with the reason, the exception's class and this service's name.
 *
 * <p>Metrics: {@code talent.events.received}, {@code talent.events.duplicates}, {@code talent.events.retries},
 * {@code talent.events.failed}, {@code talent.events.tombstones}, all tagged with the logical topic.
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);

    private final ProcessedEventLog processed;
    private final StateFolderHealth stateFolder;
    private final RetryPolicy retry;
    private final MeterRegistry registry;

    public EventIntake(ProcessedEventLog processed, StateFolderHealth stateFolder, EventsConfig config,
                       MeterRegistry registry) {
        this.processed = processed;
        this.stateFolder = stateFolder;
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
            T event = checkAccepted(topic, EventRecords.decode(topic, record.key(), record.value(), record.headers()),
                    accepted);
            if (untilStateAnswers("read the processed-id log", topic, record, event,
                    () -> processed.contains(event.eventId()))) {
                counter("talent.events.duplicates", topic).increment();
                LOG.debugf("Skipping redelivered event %s (%s) from %s-%d@%d", event.eventId(),
                        event.type().wireName(), record.topic(), record.partition(), record.offset());
                return false;
            }
            long start = System.nanoTime();
            try {
                handleWithRetries(topic, record, event, handler);
            } finally {
                // Handler time per event, retries included: what a consumer's lag grows with.
                LatencyHistograms.withBuckets(Timer.builder("talent.events.processing").tag("topic", topic))
                        .register(registry).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
            // The handler's effect happened: only the record of it is missing, so a write that fails waits for the
            // disk and is tried again alone (running the handler again, or dead-lettering the event, would not do).
            untilStateAnswers("remember the event as processed", topic, record, event, () -> {
                processed.add(event.eventId());
                return true;
            });
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

    /** About how many event ids are remembered right now (for diagnostics). */
    public long rememberedIds() {
        return processed.approximateSize();
    }

    private <T extends DomainEvent> void handleWithRetries(String topic, ConsumerRecord<String, String> record,
                                                           T event, Consumer<? super T> handler) {
        for (int attempt = 1; ; attempt++) {
            try {
                // A state folder that refuses writes holds the event before the handler runs: its effect could
                // happen while the record that it did (the processed-id log) could not be written.
                stateFolder.requireWritable();
                handler.accept(event);
                return;
            } catch (RuntimeException e) {
                if (!retry.retries(attempt, e)) {
                    throw e;
                }
                if (StateFailures.isDiskFailure(e)) {
                    stateFolder.report(stateFolder.folder(), e);
                }
                Duration delay = retry.delayAfter(attempt);
                Counter.builder("talent.events.retries").tag("topic", topic)
                        .tag("reason", e.getClass().getSimpleName()).register(registry).increment();
                if (RetryPolicy.isStateUnavailable(e)) {
                    LOG.warnf("Attempt %d at event %s (%s-%d@%d): the service's store is unavailable (%s); the "
                            + "partition waits and tries again in %d ms until it answers", attempt, event.eventId(),
                            record.topic(), record.partition(), record.offset(), e.getMessage(), delay.toMillis());
                } else {
                    LOG.infof("Attempt %d of %d at event %s (%s-%d@%d) failed (%s: %s); trying again in %d ms",
                            attempt, retry.maxAttempts(), event.eventId(), record.topic(), record.partition(),
                            record.offset(), e.getClass().getSimpleName(), e.getMessage(), delay.toMillis());
                }
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Runs {@code step} on the intake's own state until it does not raise {@link StateUnavailableException} (a full
     * or read-only disk), waiting with the retry back-off between tries: the partition waits, the event is kept.
     */
    private <R> R untilStateAnswers(String what, String topic, ConsumerRecord<String, String> record,
                                    DomainEvent event, Supplier<R> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (StateUnavailableException e) {
                stateFolder.report(processed.folder(), e);
                Duration delay = retry.delayAfter(attempt);
                Counter.builder("talent.events.retries").tag("topic", topic)
                        .tag("reason", e.getClass().getSimpleName()).register(registry).increment();
                LOG.warnf("Attempt %d to %s for event %s (%s-%d@%d) failed (%s); the partition waits and tries "
                        + "again in %d ms", attempt, what, event.eventId(), record.topic(), record.partition(),
                        record.offset(), e.getMessage(), delay.toMillis());
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static <T extends DomainEvent> T checkAccepted(String topic, DomainEvent event, Class<T> accepted) {
        if (!accepted.isInstance(event)) {
            throw new UnprocessableEventException("this service does not read " + event.type().wireName()
                    + " from " + topic + " (it reads " + accepted.getSimpleName() + ")");
        }
        return accepted.cast(event);
    }

    private Counter counter(String name, String topic) {
        return Counter.builder(name).tag("topic", topic).register(registry);
    }
}
