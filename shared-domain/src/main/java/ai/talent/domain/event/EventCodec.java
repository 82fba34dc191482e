package ai.talent.domain.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Turns events into their JSON bodies and back. The body is the record's components plus a {@code "type"}
 * property holding the wire name, so a body alone can be decoded. Decoding checks everything (JSON syntax,
 * known type, required fields, value types and ranges) and fails with an {@link EventDecodingException}
 * naming the field. Unknown extra properties are ignored so that producers can add fields first.
 * Thread-safe; encoding is deterministic (same event, same bytes).
 */
public final class EventCodec {

    /** The property of the body that holds the event type's wire name. */
    public static final String TYPE_PROPERTY = "type";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final RecordTreeMapper mapper = new RecordTreeMapper();

    public String encode(DomainEvent event) {
        return write(encodeTree(event));
    }

    /** The body as a JSON tree (for embedding an event in a larger document, e.g. a simulator line). */
    public ObjectNode encodeTree(DomainEvent event) {
        ObjectNode node = JSON.createObjectNode();
        node.put(TYPE_PROPERTY, event.type().wireName());
        mapper.writeComponents((Record) event, node);
        return node;
    }

    public DomainEvent decode(String json) {
        return decodeTree(parse(json));
    }

    public DomainEvent decodeTree(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new EventDecodingException("$", "must be a JSON object, was "
                    + (body == null ? "nothing" : RecordTreeMapper.describe(body)));
        }
        EventType type = typeOf(body);
        return mapper.fromTree(body, type.recordClass(), "");
    }

    /** Decodes a body that must be of the given event class (fails on field {@code type} otherwise). */
    public <T extends DomainEvent> T decode(String json, Class<T> expected) {
        DomainEvent event = decode(json);
        if (!expected.isInstance(event)) {
            throw new EventDecodingException(TYPE_PROPERTY, "must be " + EventType.of(expected).wireName()
                    + ", was " + event.type().wireName());
        }
        return expected.cast(event);
    }

    /**
     * Decodes a body received with a CloudEvents {@code ce_type} header, which must name a known type and
     * agree with the body's {@code type}.
     */
    public DomainEvent decode(String json, String ceType) {
        Optional<EventType> headerType = EventType.fromWireName(ceType);
        if (headerType.isEmpty()) {
            throw new EventDecodingException(CloudEventHeaders.TYPE,
                    "unknown event type \"" + ceType + "\"; known: " + knownTypes());
        }
        JsonNode body = parse(json);
        EventType bodyType = typeOf(body);
        if (bodyType != headerType.get()) {
            throw new EventDecodingException(TYPE_PROPERTY, "body type " + bodyType.wireName()
                    + " disagrees with header " + CloudEventHeaders.TYPE + " " + ceType);
        }
        return mapper.fromTree(body, bodyType.recordClass(), "");
    }

    /** Encodes a domain record (one that has no event of its own, e.g. a client) with the same rules. */
    public String encodeValue(Record value) {
        return write(mapper.toTree(value));
    }

    public ObjectNode encodeValueTree(Record value) {
        return mapper.toTree(value);
    }

    /** Decodes and validates a domain record; failures name the field like event decoding does. */
    public <T extends Record> T decodeValue(String json, Class<T> type) {
        return decodeValueTree(parse(json), type);
    }

    public <T extends Record> T decodeValueTree(JsonNode node, Class<T> type) {
        return mapper.fromTree(node, type, "");
    }

    /** Parses JSON text into a tree, failing with an {@link EventDecodingException} on field {@code $}. */
    public JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw new EventDecodingException("$", "body is empty; expected a JSON object");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new EventDecodingException("$", "not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new EventDecodingException("$", "body is empty; expected a JSON object");
        }
        if (!root.isObject()) {
            throw new EventDecodingException("$", "must be a JSON object, was " + RecordTreeMapper.describe(root));
        }
        return root;
    }

    /** Writes a tree as compact JSON text. */
    public String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static EventType typeOf(JsonNode body) {
        JsonNode type = body.get(TYPE_PROPERTY);
        if (type == null || type.isNull()) {
            throw new EventDecodingException(TYPE_PROPERTY, "is required (the event's wire name, e.g. "
                    + EventType.FREELANCER_UPSERTED.wireName() + ")");
        }
        if (!type.isTextual()) {
            throw new EventDecodingException(TYPE_PROPERTY, "must be a string, was " + RecordTreeMapper.describe(type));
        }
        return EventType.fromWireName(type.textValue()).orElseThrow(() -> new EventDecodingException(TYPE_PROPERTY,
                "unknown event type \"" + type.textValue() + "\"; known: " + knownTypes()));
    }

    private static String knownTypes() {
        StringBuilder sb = new StringBuilder();
        for (EventType t : EventType.values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(t.wireName());
        }
        return sb.toString();
    }
}
