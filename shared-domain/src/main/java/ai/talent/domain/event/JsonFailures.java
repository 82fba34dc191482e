package ai.talent.domain.event;

import ai.talent.domain.model.DomainValidationException;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Turns what Jackson or a record constructor threw while binding a JSON tree into an {@link EventDecodingException}
 * that names the JSON path of the field and says what was expected and what was found, e.g.
 * {@code freelancer.skills[0].level: must be an integer, was string "five"} or
 * {@code freelancer.hourlyRate.amount: must be ≥ 0, was -5}. The tree being bound is at hand, so the value found
 * is described from it rather than from Jackson's message.
 */
final class JsonFailures {

    private JsonFailures() {
    }

    static EventDecodingException of(JacksonException e, JsonNode root) {
        List<JsonMappingException.Reference> refs = e instanceof JsonMappingException m ? m.getPath() : List.of();
        String path = path(refs);
        DomainValidationException invalid = causeOf(e, DomainValidationException.class);
        if (invalid != null) {
            // The record rejected a value: its field is relative to the record at `path`.
            return new EventDecodingException(join(path, invalid.field()), invalid.reason(), invalid);
        }
        JsonNode found = at(root, refs);
        String field = path.isEmpty() ? "$" : path;
        if (found == null || found.isMissingNode() || found.isNull()) {
            return new EventDecodingException(field, "is required", e);
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        InputCoercionException coercion = causeOf(e, InputCoercionException.class);
        if (target == null && coercion != null) {
            target = coercion.getTargetType();
        }
        String expected = target == null ? null : expected(target);
        if (expected == null) {
            return new EventDecodingException(field, e.getOriginalMessage() + ", was " + describe(found), e);
        }
        return new EventDecodingException(field, "must be " + expected + ", was " + describe(found), e);
    }

    /** A short description of a JSON value for messages: its kind and (up to 40 characters of) its text. */
    static String describe(JsonNode node) {
        String text = node.toString();
        if (text.length() > 40) {
            text = text.substring(0, 37) + "...";
        }
        return node.getNodeType().name().toLowerCase() + " " + text;
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "a string";
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        } else if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        } else if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        } else if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        } else if (type == Instant.class) {
            return "an RFC 3339 timestamp like " + WireFormat.RFC_3339_EXAMPLE;
        } else if (type == LocalDate.class) {
            return "a date like " + WireFormat.DATE_EXAMPLE;
        } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        } else if (type.isRecord()) {
            return "an object";
        }
        return null;
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String join(String path, String field) {
        if (path.isEmpty()) {
            return field;
        }
        return field.startsWith("[") ? path + field : path + "." + field;
    }

    private static JsonNode at(JsonNode root, List<JsonMappingException.Reference> refs) {
        JsonNode node = root;
        for (JsonMappingException.Reference ref : refs) {
            if (node == null) {
                return null;
            }
            node = ref.getFieldName() != null ? node.get(ref.getFieldName())
                    : ref.getIndex() >= 0 ? node.get(ref.getIndex()) : node;
        }
        return node;
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
