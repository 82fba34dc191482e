package ai.talent.domain.event;

import ai.talent.domain.model.DomainValidationException;
import ai.talent.domain.model.Nullable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps records to JSON trees and back by their components, checking every value on the way in so that
 * a failure names its JSON path. Written by hand rather than left to Jackson's data binding so that
 * missing fields, wrong types and range violations all come out as one kind of error with a precise path.
 */
final class RecordTreeMapper {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    ObjectNode toTree(Record value) {
        ObjectNode node = NODES.objectNode();
        writeComponents(value, node);
        return node;
    }

    void writeComponents(Record value, ObjectNode node) {
        for (RecordComponent c : components(value.getClass())) {
            Object v;
            try {
                v = c.getAccessor().invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + value.getClass(), e);
            }
            if (v != null) {
                node.set(c.getName(), write(v));
            }
        }
    }

    private JsonNode write(Object v) {
        if (v instanceof String s) {
            return NODES.textNode(s);
        } else if (v instanceof Integer i) {
            return NODES.numberNode(i);
        } else if (v instanceof Long l) {
            return NODES.numberNode(l);
        } else if (v instanceof Double d) {
            return NODES.numberNode(d);
        } else if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (v instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        } else if (v instanceof Instant t) {
            return NODES.textNode(DateTimeFormatter.ISO_INSTANT.format(t));
        } else if (v instanceof LocalDate d) {
            return NODES.textNode(d.toString());
        } else if (v instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            for (Object item : list) {
                array.add(write(item));
            }
            return array;
        } else if (v instanceof Record r) {
            return toTree(r);
        }
        throw new IllegalArgumentException("cannot encode a " + v.getClass().getName());
    }

    <T> T fromTree(JsonNode node, Class<T> type, String path) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new EventDecodingException(path.isEmpty() ? "$" : path, "is required");
        }
        if (!node.isObject()) {
            throw new EventDecodingException(path.isEmpty() ? "$" : path, "must be an object, was " + describe(node));
        }
        RecordComponent[] components = components(type);
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String childPath = child(path, c.getName());
            JsonNode child = node.get(c.getName());
            boolean nullable = c.isAnnotationPresent(Nullable.class);
            if (child == null || child.isNull()) {
                if (!nullable || c.getType().isPrimitive()) {
                    throw new EventDecodingException(childPath, "is required");
                }
                args[i] = null;
            } else {
                args[i] = read(child, c.getType(), c.getGenericType(), childPath);
            }
        }
        try {
            return type.cast(constructor(type).newInstance(args));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DomainValidationException v) {
                throw new EventDecodingException(child(path, v.field()), v.reason(), v);
            }
            if (cause instanceof EventDecodingException d) {
                throw d;
            }
            throw new EventDecodingException(path.isEmpty() ? "$" : path,
                    "rejected by " + type.getSimpleName() + ": " + cause, cause);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private Object read(JsonNode node, Class<?> type, Type generic, String path) {
        if (type == String.class) {
            if (!node.isTextual()) {
                throw wrongType(path, "a string", node);
            }
            return node.textValue();
        } else if (type == int.class || type == Integer.class) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw wrongType(path, "an integer", node);
            }
            return node.intValue();
        } else if (type == long.class || type == Long.class) {
            if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                throw wrongType(path, "an integer", node);
            }
            return node.longValue();
        } else if (type == double.class || type == Double.class) {
            if (!node.isNumber()) {
                throw wrongType(path, "a number", node);
            }
            return node.doubleValue();
        } else if (type == boolean.class || type == Boolean.class) {
            if (!node.isBoolean()) {
                throw wrongType(path, "true or false", node);
            }
            return node.booleanValue();
        } else if (type.isEnum()) {
            return readEnum(node, type, path);
        } else if (type == Instant.class) {
            if (!node.isTextual()) {
                throw wrongType(path, "an RFC 3339 timestamp string", node);
            }
            try {
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(node.textValue(), Instant::from);
            } catch (DateTimeParseException e) {
                throw new EventDecodingException(path,
                        "must be an RFC 3339 timestamp like 2026-01-31T09:00:00Z, was \"" + node.textValue() + "\"");
            }
        } else if (type == LocalDate.class) {
            if (!node.isTextual()) {
                throw wrongType(path, "a date string (yyyy-mm-dd)", node);
            }
            try {
                return LocalDate.parse(node.textValue());
            } catch (DateTimeParseException e) {
                throw new EventDecodingException(path,
                        "must be a date like 2026-01-31, was \"" + node.textValue() + "\"");
            }
        } else if (type == List.class) {
            if (!node.isArray()) {
                throw wrongType(path, "an array", node);
            }
            Type elementType = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Class<?> elementClass = rawClass(elementType);
            List<Object> out = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String itemPath = path + "[" + i + "]";
                if (item.isNull()) {
                    throw new EventDecodingException(itemPath, "must not be null");
                }
                out.add(read(item, elementClass, elementType, itemPath));
            }
            return out;
        } else if (type.isRecord()) {
            return fromTree(node, type, path);
        }
        throw new IllegalArgumentException("cannot decode a " + type.getName());
    }

    private static Object readEnum(JsonNode node, Class<?> type, String path) {
        Object[] constants = type.getEnumConstants();
        if (node.isTextual()) {
            for (Object c : constants) {
                if (((Enum<?>) c).name().equals(node.textValue())) {
                    return c;
                }
            }
        }
        throw new EventDecodingException(path, "must be one of " + Arrays.toString(constants) + ", was "
                + describe(node));
    }

    private static Class<?> rawClass(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported element type " + t);
    }

    private static EventDecodingException wrongType(String path, String expected, JsonNode node) {
        return new EventDecodingException(path, "must be " + expected + ", was " + describe(node));
    }

    static String describe(JsonNode node) {
        String text = node.toString();
        if (text.length() > 40) {
            text = text.substring(0, 37) + "...";
        }
        return node.getNodeType().name().toLowerCase() + " " + text;
    }

    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static RecordComponent[] components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, Class::getRecordComponents);
    }

    private static Constructor<?> constructor(Class<?> type) {
        return CONSTRUCTORS.computeIfAbsent(type, t -> {
            Class<?>[] params = Arrays.stream(components(t)).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                Constructor<?> ctor = t.getDeclaredConstructor(params);
                ctor.setAccessible(true);
                return ctor;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor on " + t.getName(), e);
            }
        });
    }
}
