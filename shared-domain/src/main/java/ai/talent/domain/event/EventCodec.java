package ai.talent.domain.event;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Turns events into their JSON bodies and back, with Jackson over the records' explicit wire names
 * ({@code @JsonProperty} on every component). The body is the record's components plus a {@code "type"} property
 * holding the versioned wire name, so a body alone can be decoded. Decoding checks everything (JSON syntax, known
 * type and version, required fields, value types, and the ranges the records' constructors enforce) and fails with
 * an {@link EventDecodingException} naming the field path, e.g. {@code freelancer.hourlyRate.amount: must be ≥ 0,
 * was -5}. Unknown extra properties are ignored so that producers can add optional fields first.
 * Thread-safe; encoding is deterministic (same event, same bytes).
 */
public final class EventCodec {

    /** The property of the body that holds the event type's wire name. */
    public static final String TYPE_PROPERTY = "type";

    private static final JsonMapper JSON = WireFormat.mapper();

    public String encode(DomainEvent event) {
        return write(encodeTree(event));
    }

    /** The body as a JSON tree (for embedding an event in a larger document, e.g. a simulator line). */
    public ObjectNode encodeTree(DomainEvent event) {
        ObjectNode node = JSON.createObjectNode();
        node.put(TYPE_PROPERTY, event.type().wireName());
        node.setAll(encodeValueTree((Record) event));
        return node;
    }

    public DomainEvent decode(String json) {
        return decodeTree(parse(json));
    }

    public DomainEvent decodeTree(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new EventDecodingException("$", "must be a JSON object, was "
                    + (body == null ? "nothing" : JsonFailures.describe(body)));
        }
        return bind(body, typeOf(body).recordClass());
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
     * Decodes a body received with a CloudEvents {@code ce_type} header, which must name a known type in a known
     * version and agree with the body's {@code type}.
     */
    public DomainEvent decode(String json, String ceType) {
        Optional<EventType> headerType = EventType.fromWireName(ceType);
        if (headerType.isEmpty()) {
            throw new EventDecodingException(CloudEventHeaders.TYPE,
                    ceType == null ? "is required" : EventType.whyUnknown(ceType));
        }
        JsonNode body = parse(json);
        EventType bodyType = typeOf(body);
        if (bodyType != headerType.get()) {
            throw new EventDecodingException(TYPE_PROPERTY, "body type " + bodyType.wireName()
                    + " disagrees with header " + CloudEventHeaders.TYPE + " " + ceType);
        }
        return bind(body, bodyType.recordClass());
    }

    /** Encodes a domain record (one that has no event of its own, e.g. a client) with the same rules. */
    public String encodeValue(Record value) {
        return write(encodeValueTree(value));
    }

    public ObjectNode encodeValueTree(Record value) {
        return JSON.valueToTree(value);
    }

    /** Decodes and validates a domain record; failures name the field like event decoding does. */
    public <T extends Record> T decodeValue(String json, Class<T> type) {
        return decodeValueTree(parse(json), type);
    }

    public <T extends Record> T decodeValueTree(JsonNode node, Class<T> type) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw new EventDecodingException("$", "is required");
        }
        return bind(node, type);
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
            throw new EventDecodingException("$", "must be a JSON object, was " + JsonFailures.describe(root));
        }
        return root;
    }

    /**
     * Decodes a domain record from JSON this codec wrote (an index's stored document): bound straight from the text,
     * without the tree {@link #decodeValue} builds to name a failing field, so a search reading a hundred stored
     * documents parses each once. The record's own checks still run; a failure is an {@link EventDecodingException}
     * on field {@code $}.
     */
    public <T extends Record> T decodeStored(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JacksonException e) {
            throw new EventDecodingException("$", "stored JSON cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes a tree as compact JSON text. */
    public String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static <T> T bind(JsonNode node, Class<T> type) {
        try {
            return JSON.treeToValue(node, type);
        } catch (JacksonException e) {
            throw JsonFailures.of(e, node);
        }
    }

    private static EventType typeOf(JsonNode body) {
        JsonNode type = body.get(TYPE_PROPERTY);
        if (type == null || type.isNull()) {
            throw new EventDecodingException(TYPE_PROPERTY, "is required (the event's versioned wire name, e.g. "
                    + EventType.FREELANCER_UPSERTED.wireName() + ")");
        }
        if (!type.isTextual()) {
            throw new EventDecodingException(TYPE_PROPERTY, "must be a string, was " + JsonFailures.describe(type));
        }
        return EventType.fromWireName(type.textValue())
                .orElseThrow(() -> new EventDecodingException(TYPE_PROPERTY, EventType.whyUnknown(type.textValue())));
    }
}
