package ai.talent.service.event;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The failure strategy of every incoming channel ({@code failure-strategy=}{@value #STRATEGY}): SmallRye's
 * dead-letter queue, which writes the failed record to {@code <topic>.dlq} with its original headers and the
 * {@value #REASON}, {@value #EXCEPTION_CLASS}, source topic, partition and offset headers, plus a
 * {@value #SERVICE} header naming the service that failed ({@code quarkus.application.name}), since several
 * services read the same topic and write to the same dead-letter topic.
 */
@ApplicationScoped
@Identifier(ServiceDeadLetterQueue.STRATEGY)
public class ServiceDeadLetterQueue implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "talent-dead-letter-queue";

    /** The service whose consumer gave up on the record. */
    public static final String SERVICE = "dead-letter-service";
    /** The exception's message: what to fix. */
    public static final String REASON = KafkaDeadLetterQueue.DEAD_LETTER_REASON;
    /** The exception's class, e.g. {@code ai.talent.domain.event.EventDecodingException}. */
    public static final String EXCEPTION_CLASS = KafkaDeadLetterQueue.DEAD_LETTER_EXCEPTION_CLASS_NAME;

    /** The identifier of SmallRye's own dead-letter strategy, which this one wraps. */
    private static final String SMALLRYE_DEAD_LETTER_QUEUE = "dead-letter-queue";

    private final KafkaFailureHandler.Factory deadLetterQueue;
    private final byte[] service;

    public ServiceDeadLetterQueue(
            @Identifier(SMALLRYE_DEAD_LETTER_QUEUE) KafkaFailureHandler.Factory deadLetterQueue,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.deadLetterQueue = deadLetterQueue;
        this.service = service.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                      KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler delegate = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return delegate.handle(record, unwrap(reason), withServiceHeader(metadata));
            }

            @Override
            public void terminate() {
                delegate.terminate();
            }
        };
    }

    private Metadata withServiceHeader(Metadata metadata) {
        Metadata given = metadata == null ? Metadata.empty() : metadata;
        @SuppressWarnings("unchecked")
        OutgoingKafkaRecordMetadata<Object> outgoing = given.get(OutgoingKafkaRecordMetadata.class).orElse(null);
        RecordHeaders headers = new RecordHeaders(outgoing == null ? null : outgoing.getHeaders());
        headers.add(SERVICE, service);
        var builder = OutgoingKafkaRecordMetadata.builder().withHeaders(headers);
        if (outgoing != null) {
            builder.withTopic(outgoing.getTopic()).withKey(outgoing.getKey()).withPartition(outgoing.getPartition())
                    .withTimestamp(outgoing.getTimestamp());
        }
        return given.with(builder.build());
    }

    /** The failure the handler threw, not an executor's wrapper around it. */
    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
