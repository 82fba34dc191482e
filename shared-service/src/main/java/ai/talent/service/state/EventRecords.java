package ai.talent.service.state;

import ai.talent.domain.event.CloudEventHeaders;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventCodec;
import ai.talent.service.event.UnprocessableEventException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Reads an event from a record the way the consumer-group intake does (body decoded by {@link EventCodec}, the
 * {@code ce_type} header agreeing with it, the event on its own topic under its own key), for the state readers
 * that see every record too: catalog followers and Kafka Streams topologies. They skip what fails here; the
 * intake dead-letters it once for the whole service.
 */
public final class EventRecords {

    private static final EventCodec CODEC = new EventCodec();

    private EventRecords() {
    }

    /**
     * The event of a record on {@code topic}.
     *
     * @throws ai.talent.domain.event.EventDecodingException when the body is not a valid event
     * @throws UnprocessableEventException                   when it belongs on another topic or under another key
     */
    public static DomainEvent decode(String topic, String key, String value, Headers headers) {
        Header ceType = headers == null ? null : headers.lastHeader(CloudEventHeaders.TYPE);
        DomainEvent event = ceType == null || ceType.value() == null
                ? CODEC.decode(value)
                : CODEC.decode(value, new String(ceType.value(), StandardCharsets.UTF_8));
        if (!event.type().topic().equals(topic)) {
            throw new UnprocessableEventException("event type " + event.type().wireName() + " belongs on topic "
                    + event.type().topic() + ", not " + topic);
        }
        if (key != null && !Objects.equals(key, event.key())) {
            throw new UnprocessableEventException("record key '" + key + "' differs from the event's key '"
                    + event.key() + "'");
        }
        return event;
    }

    public static String encode(DomainEvent event) {
        return CODEC.encode(event);
    }

    public static DomainEvent decodeBody(String value) {
        return CODEC.decode(value);
    }
}
