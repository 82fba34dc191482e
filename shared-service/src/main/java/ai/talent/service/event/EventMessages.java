package ai.talent.service.event;

import ai.talent.domain.event.CloudEventHeaders;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.EventIds;
import ai.talent.domain.event.EventType;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Builds the outgoing Kafka message for an event: JSON body from {@link EventCodec}, key = the event's entity id,
 * and its CloudEvents attributes as {@link OutgoingCloudEventMetadata}, which SmallRye's Kafka connector writes as
 * binary-mode {@code ce_*} headers (the outgoing channel needs {@code cloud-events=true}). Also names the events a
 * service emits in answer to one it consumed ({@link #idFor}).
 */
@ApplicationScoped
public class EventMessages {

    private final EventCodec codec = new EventCodec();
    private final String source;
    private final URI sourceUri;

    public EventMessages(EventsConfig config) {
        this.source = config.source();
        this.sourceUri = URI.create(config.source());
    }

    public Message<String> of(DomainEvent event) {
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(event.eventId())
                .withType(event.type().wireName())
                .withSource(sourceUri)
                .withTimestamp(event.occurredAt().atZone(ZoneOffset.UTC))
                .withDataSchema(event.type().dataSchema())
                .build();
        // Kafka's binary mode carries datacontenttype as the plain content-type header.
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.CONTENT_TYPE,
                CloudEventHeaders.JSON_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.key())
                .withHeaders(headers)
                .build();
        return Message.of(codec.encode(event), Metadata.of(cloudEvent, kafka));
    }

    /**
     * The id for the {@code output} event this service emits because of {@code cause}: derived from the cause's id
     * ({@link EventIds#derived}), so handling the same input again emits the same id.
     */
    public String idFor(EventType output, DomainEvent cause) {
        return idFor(output, cause.eventId());
    }

    /** {@link #idFor(EventType, DomainEvent)} for a cause known by its id (e.g. the last event a keyed store took). */
    public String idFor(EventType output, String causeEventId) {
        return EventIds.derived(source, output, causeEventId);
    }

    public String source() {
        return source;
    }
}
