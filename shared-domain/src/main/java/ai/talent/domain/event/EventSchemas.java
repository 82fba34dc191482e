package ai.talent.domain.event;

import ai.talent.domain.model.Nullable;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JSON Schema (draft 2020-12) of each event type and version: generated from the records exactly as the codec
 * writes them (Jackson's own view of each record: wire names from {@code @JsonProperty}, in component order), and
 * committed under {@code src/main/resources/}{@value EventType#SCHEMA_DIRECTORY} as {@code <wire name>.json}. A
 * schema's {@code $id} is the type's {@link EventType#dataSchema()}, the {@code ce_dataschema} every event carries.
 *
 * <p>The schemas describe structure: names, JSON types, formats, enum values, which fields are required (all but
 * {@link Nullable} ones). Value rules (ranges, non-blank ids, currency) live in the records' constructors, which
 * every decoder runs. Objects stay open ({@code additionalProperties} unset) because readers ignore unknown
 * properties: that is what lets a producer add an optional field within a version.
 */
public final class EventSchemas {

    static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonMapper JSON = WireFormat.mapper();

    private EventSchemas() {
    }

    /** The schema generated from the records as they are in this build. */
    public static ObjectNode generate(EventType type) {
        Defs defs = new Defs();
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", DRAFT);
        root.put("$id", type.dataSchema().toString());
        root.put("title", type.wireName());
        root.put("description", "The body of a " + type.wireName() + " event (its CloudEvents ce_type) on topic "
                + type.topic());
        ObjectNode typeProperty = JSON.createObjectNode().put("const", type.wireName());
        objectSchema(root, type.recordClass(), defs, typeProperty);
        if (!defs.nodes.isEmpty()) {
            ObjectNode defsNode = root.putObject("$defs");
            defs.nodes.forEach(defsNode::set);
        }
        return root;
    }

    /** The committed schema of a type, from the classpath. */
    public static JsonNode committed(EventType type) {
        return load(type.schemaResource()).orElseThrow(() -> new IllegalStateException("no JSON Schema for "
                + type.wireName() + " at " + type.schemaResource() + " on the classpath"));
    }

    /** The committed schema a {@code ce_dataschema} names, if it is one of ours. */
    public static Optional<JsonNode> resolve(URI dataSchema) {
        String s = dataSchema.toString();
        if (!s.startsWith(EventType.SCHEMA_URN_PREFIX)) {
            return Optional.empty();
        }
        return EventType.fromWireName(s.substring(EventType.SCHEMA_URN_PREFIX.length()))
                .flatMap(t -> load(t.schemaResource()));
    }

    /** The text a schema is committed as: two-space indents, {@code "name": value}, a final newline. */
    public static String text(JsonNode schema) {
        try {
            return JSON.writer(WireFormat.prettyPrinter()).writeValueAsString(schema) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<JsonNode> load(String resource) {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static void objectSchema(ObjectNode node, Class<?> record, Defs defs,
                                     ObjectNode typeProperty) {
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = JSON.createArrayNode();
        if (typeProperty != null) {
            properties.set(EventCodec.TYPE_PROPERTY, typeProperty);
            required.add(EventCodec.TYPE_PROPERTY);
        }
        Map<String, String> wireNames = wireNames(record);
        for (RecordComponent c : record.getRecordComponents()) {
            String name = wireNames.get(c.getName());
            if (name == null) {
                throw new IllegalStateException(record.getSimpleName() + "." + c.getName() + " is not a JSON property");
            }
            boolean optional = WireFormat.optional(c.getType().isPrimitive(), c.getAnnotation(Nullable.class));
            ObjectNode schema = valueSchema(c.getGenericType(), defs);
            properties.set(name, optional ? orNull(schema) : schema);
            if (!optional) {
                required.add(name);
            }
        }
        node.set("required", required);
    }

    /** Record component name → wire name, as Jackson reads and writes them. */
    private static Map<String, String> wireNames(Class<?> record) {
        BeanDescription description = JSON.getSerializationConfig().introspect(JSON.constructType(record));
        Map<String, String> names = new TreeMap<>();
        for (BeanPropertyDefinition p : description.findProperties()) {
            names.put(p.getInternalName(), p.getName());
        }
        return names;
    }

    private static ObjectNode valueSchema(Type type, Defs defs) {
        ObjectNode node = JSON.createObjectNode();
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            node.put("type", "array");
            node.set("items", valueSchema(p.getActualTypeArguments()[0], defs));
            return node;
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalStateException("no JSON Schema mapping for " + type);
        }
        if (c == String.class) {
            node.put("type", "string");
        } else if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            node.put("type", "integer");
        } else if (c == double.class || c == Double.class) {
            node.put("type", "number");
        } else if (c == boolean.class || c == Boolean.class) {
            node.put("type", "boolean");
        } else if (c == Instant.class) {
            node.put("type", "string").put("format", "date-time");
        } else if (c == LocalDate.class) {
            node.put("type", "string").put("format", "date");
        } else if (c.isEnum()) {
            node.put("type", "string");
            ArrayNode values = node.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
        } else if (c.isRecord()) {
            String name = c.getSimpleName();
            Class<?> owner = defs.classes.putIfAbsent(name, c);
            if (owner == null) {
                ObjectNode def = JSON.createObjectNode();
                defs.nodes.put(name, def);
                objectSchema(def, c, defs, null);
            } else if (owner != c) {
                throw new IllegalStateException("two records named " + name + ": " + c.getName() + ", "
                        + owner.getName());
            }
            node.put("$ref", "#/$defs/" + name);
        } else {
            throw new IllegalStateException("no JSON Schema mapping for " + c.getName());
        }
        return node;
    }

    private static ObjectNode orNull(ObjectNode schema) {
        if (schema.has("$ref")) {
            ObjectNode any = JSON.createObjectNode();
            any.putArray("anyOf").add(schema).add(JSON.createObjectNode().put("type", "null"));
            return any;
        }
        ObjectNode copy = schema.deepCopy();
        copy.putArray("type").add(schema.get("type").textValue()).add("null");
        return copy;
    }

    /** The records met so far, by simple name (sorted, so the output is stable). */
    private static final class Defs {
        final Map<String, ObjectNode> nodes = new TreeMap<>();
        final Map<String, Class<?>> classes = new TreeMap<>();
    }
}
