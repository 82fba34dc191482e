package ai.talent.service.state;

import ai.talent.domain.event.CloudEventHeaders;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.EventDecodingException;
import ai.talent.service.event.UnprocessableEventException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Reads an event from a record (body decoded by {@link EventCodec}, the CloudEvents headers agreeing with it, the
 * event on its own topic under its own key), the same way for every reader: the consumer-group intake and the
 * state readers that see every record too, catalog followers and Kafka Streams topologies. Those skip what fails
 * here; the intake dead-letters it once for the whole service.
 */
public final class EventRecords {

    private static final EventCodec CODEC = new EventCodec();

    private EventRecords() {
    }

    /**
     * The event of a record on {@code topic}: its CloudEvents headers must agree with the body (a known
     * {@code ce_type} in a known version, the same {@code ce_id}, spec version 1.0; an absent header is not
     * checked), and the event must belong on the topic under its own key.
     *
     * @throws EventDecodingException      when the record is not a valid event
     * @throws UnprocessableEventException when it belongs on another topic or under another key
     */
    public static DomainEvent decode(String topic, String key, String value, Headers headers) {
        String specVersion = header(headers, CloudEventHeaders.SPEC_VERSION);
        if (specVersion != null && !specVersion.equals(CloudEventHeaders.SPEC_VERSION_VALUE)) {
            throw new EventDecodingException(CloudEventHeaders.SPEC_VERSION, "must be "
                    + CloudEventHeaders.SPEC_VERSION_VALUE + ", was " + specVersion);
        }
        String ceType = header(headers, CloudEventHeaders.TYPE);
        DomainEvent event = ceType == null ? CODEC.decode(value) : CODEC.decode(value, ceType);
        String ceId = header(headers, CloudEventHeaders.ID);
        if (ceId != null && !ceId.equals(event.eventId())) {
            throw new EventDecodingException(CloudEventHeaders.ID, "'" + ceId + "' differs from the body's eventId '"
                    + event.eventId() + "'");
        }
        if (!event.type().topic().equals(topic)) {
            throw new UnprocessableEventException("event type " + event.type().wireName() + " belongs on topic "
                    + event.type().topic() + ", not " + topic);
        }
        if (key != null && !Objects.equals(key, event.key())) {
            throw new UnprocessableEventException("record key '" + key + "' differs from the event's key '"
                    + event.key() + "'; producers must key " + event.type().wireName() + " by its entity id");
        }
        return event;
    }

    private static String header(Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String encode(DomainEvent event) {
        return CODEC.encode(event);
    }

    public static DomainEvent decodeBody(String value) {
        return CODEC.decode(value);
    }
}
