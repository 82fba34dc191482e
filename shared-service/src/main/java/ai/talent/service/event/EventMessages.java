package ai.talent.service.event;

import ai.talent.domain.event.CloudEventHeaders;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventCodec;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Builds the outgoing Kafka message for an event: JSON body from {@link EventCodec}, key = the event's entity
 * id, CloudEvents attributes as {@code ce_*} headers with this service as source.
 */
@ApplicationScoped
public class EventMessages {

    private final EventCodec codec = new EventCodec();
    private final String source;

    public EventMessages(EventsConfig config) {
        this.source = config.source();
    }

    public Message<String> of(DomainEvent event) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.of(event, source)
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.key())
                .withHeaders(headers)
                .build();
        return Message.of(codec.encode(event)).addMetadata(metadata);
    }

    public String source() {
        return source;
    }
}
