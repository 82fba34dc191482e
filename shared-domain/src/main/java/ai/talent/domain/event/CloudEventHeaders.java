package ai.talent.domain.event;

import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CloudEvents attributes of an event as Kafka headers (binary content mode): the body is the event's JSON,
 * the attributes travel as {@code ce_*} headers. The services write these through SmallRye Reactive Messaging's
 * CloudEvents support ({@code OutgoingCloudEventMetadata}); this class is the same mapping for plain Kafka
 * producers (the simulator, test clients) and the names every reader uses.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String DATA_SCHEMA = "ce_dataschema";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON_CONTENT_TYPE = "application/json";

    private CloudEventHeaders() {
    }

    /**
     * The headers for an event sent by a producer identified by {@code source} (a URI reference such as
     * {@code /talent-ai/matching}), in a fixed order.
     */
    public static Map<String, String> of(DomainEvent event, String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must be a non-empty URI reference, e.g. /talent-ai/matching");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, SPEC_VERSION_VALUE);
        headers.put(ID, event.eventId());
        headers.put(TYPE, event.type().wireName());
        headers.put(SOURCE, source);
        headers.put(TIME, DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
        headers.put(DATA_SCHEMA, event.type().dataSchema().toString());
        headers.put(CONTENT_TYPE, JSON_CONTENT_TYPE);
        return Collections.unmodifiableMap(headers);
    }
}
