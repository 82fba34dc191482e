package ai.talent.service.testing.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of hostile JSON, shared by every service's property tests: arbitrary JSON values, text that is
 * not JSON, hostile strings and numbers, and — what finds the most — mutations of a valid sample (a field dropped,
 * retyped, garbled, set out of range, nulled), since a random document is rejected at the first check while a
 * mutated valid one reaches the code behind it.
 */
public final class JsonFuzz {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonFuzz() {
    }

    /** Strings a parser, a validator or a model might choke on: empty, blank, huge, control, Hangul, emoji, surrogates. */
    public static Arbitrary<String> hostileStrings() {
        return Arbitraries.frequencyOf(
                Tuple(3, Arbitraries.strings().ofMaxLength(40)),
                Tuple(2, Arbitraries.strings().all().ofMaxLength(60)),
                Tuple(1, Arbitraries.of("", " ", "\t\n", "\u0000", "null", "NaN", "-1", "1e309", "true", "[]", "{}",
                        "\uD800", "\uDC00x\uD800", "🙂🙂", "서울 React 개발자", "\u202Eevil", "../../etc/passwd",
                        "' OR 1=1 --", "%s%n", "${jndi:x}", "<script>alert(1)</script>", "java:comp/env")),
                Tuple(1, Arbitraries.integers().between(1_000, 100_000)
                        .flatMap(n -> Arbitraries.of('a', '가', ' ', '9').map(c -> String.valueOf(c).repeat(n)))),
                Tuple(1, Arbitraries.strings().withCharRange('가', '힣').ofMaxLength(30)));
    }

    /** Numbers out of any sane range, fractions where integers belong, and integers beyond a long. */
    public static Arbitrary<JsonNode> hostileNumbers() {
        return Arbitraries.oneOf(
                Arbitraries.of(0L, -1L, 1L, Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE + 1,
                        (long) Integer.MIN_VALUE - 1, 101L, 1001L, 100_000_000L).map(NODES::numberNode),
                Arbitraries.of(-0.0, 0.5, -0.5, 1.5, 5.01, 1e308, -1e308, 4.9e-324, 1e-9).map(NODES::numberNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode),
                Arbitraries.of("123456789012345678901234567890", "-99999999999999999999999")
                        .map(s -> NODES.numberNode(new BigInteger(s))),
                Arbitraries.of("1e400", "-1e400").map(s -> NODES.numberNode(new BigDecimal(s))));
    }

    /** Any JSON value, nested up to {@code depth} levels. */
    public static Arbitrary<JsonNode> anyJson(int depth) {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                hostileStrings().map(NODES::textNode),
                hostileNumbers(),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.nullNode()));
        if (depth <= 0) {
            return leaf;
        }
        Arbitrary<JsonNode> inner = Arbitraries.lazy(() -> anyJson(depth - 1));
        Arbitrary<JsonNode> array = inner.list().ofMaxSize(4).map(items -> {
            ArrayNode a = NODES.arrayNode();
            items.forEach(a::add);
            return a;
        });
        Arbitrary<JsonNode> object = Combinators.combine(
                        Arbitraries.oneOf(Arbitraries.of("id", "type", "eventId", "occurredAt", "freelancer",
                                "project", "contract", "attempt", "skills", "limit", "freelancerId", "projectId"),
                                Arbitraries.strings().alpha().ofMaxLength(8)).list().ofMaxSize(5),
                        inner.list().ofSize(5))
                .as((keys, values) -> {
                    ObjectNode o = NODES.objectNode();
                    for (int i = 0; i < keys.size(); i++) {
                        o.set(keys.get(i), values.get(i));
                    }
                    return o;
                });
        return Arbitraries.frequencyOf(Tuple(3, leaf), Tuple(2, array), Tuple(3, object));
    }

    /** Text that is not a JSON document, or only nearly one. */
    public static Arbitrary<String> notJson() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "{", "}", "{\"a\":", "[1,2", "nul", "{'single': 'quotes'}", "{\"a\":1}}",
                        "{\"a\":1,}", "\uFEFF{}", "NaN", "<xml/>", "\"unterminated", "{\"a\":\"\\uZZZZ\"}",
                        "{\"a\":1}\n{\"b\":2}"),
                hostileStrings());
    }

    /** A document derived from {@code sample} by one to three mutations (see the class comment). */
    public static Arbitrary<String> mutationsOf(JsonNode sample) {
        return mutations().map(ms -> mutate(sample, ms));
    }

    /**
     * One to three mutations, each aimed at a path by index (taken modulo the paths of the document it is applied
     * to), so that one arbitrary serves every sample without a {@code flatMap} (which would build a generator per
     * value, too slow for hundreds of tries).
     */
    public static Arbitrary<List<Mutation>> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.of(MutationKind.values()),
                        anyJson(1), hostileStrings(), hostileNumbers())
                .as(Mutation::new)
                .list().ofMinSize(1).ofMaxSize(3);
    }

    /** {@code sample} (not changed) with {@code mutations} applied in turn, as JSON text. */
    public static String mutate(JsonNode sample, List<Mutation> mutations) {
        JsonNode copy = sample.deepCopy();
        for (Mutation m : mutations) {
            List<String> paths = paths(copy, "");
            if (!paths.isEmpty()) {
                m.apply(copy, paths.get(m.pathIndex() % paths.size()));
            }
        }
        return write(copy);
    }

    /** What one mutation does to the value at a path. */
    public enum MutationKind { DROP, NULL, RETYPE_ANY, HOSTILE_STRING, HOSTILE_NUMBER, EMPTY_CONTAINER, DUPLICATE_ITEMS }

    /** One mutation: what it does, where (an index into the document's paths) and with which hostile values. */
    public record Mutation(int pathIndex, MutationKind kind, JsonNode any, String text, JsonNode number) {

        void apply(JsonNode root, String path) {
            int cut = path.lastIndexOf('/');
            JsonNode parent = root.at(cut == 0 ? "" : path.substring(0, cut));
            String last = path.substring(cut + 1).replace("~1", "/").replace("~0", "~");
            JsonNode current = root.at(path);
            JsonNode replacement = switch (kind) {
                case DROP -> null;
                case NULL -> NODES.nullNode();
                case RETYPE_ANY -> any;
                case HOSTILE_STRING -> NODES.textNode(text);
                case HOSTILE_NUMBER -> number;
                case EMPTY_CONTAINER -> current.isArray() ? NODES.arrayNode()
                        : current.isObject() ? NODES.objectNode() : NODES.textNode("");
                case DUPLICATE_ITEMS -> duplicated(current);
            };
            if (parent instanceof ObjectNode o) {
                if (replacement == null) {
                    o.remove(last);
                } else {
                    o.set(last, replacement);
                }
            } else if (parent instanceof ArrayNode a && last.chars().allMatch(Character::isDigit)) {
                int i = Integer.parseInt(last);
                if (i < a.size()) {
                    if (replacement == null) {
                        a.remove(i);
                    } else {
                        a.set(i, replacement);
                    }
                }
            }
        }

        private static JsonNode duplicated(JsonNode current) {
            if (!current.isArray()) {
                return current;
            }
            ArrayNode a = NODES.arrayNode();
            for (int i = 0; i < 300; i++) {
                current.forEach(a::add);
            }
            return a;
        }
    }

    /** Every JSON pointer into {@code node} (objects' fields and array items, at any depth). */
    static List<String> paths(JsonNode node, String prefix) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                String p = prefix + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                out.add(p);
                out.addAll(paths(e.getValue(), p));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String p = prefix + "/" + i;
                out.add(p);
                out.addAll(paths(node.get(i), p));
            }
        }
        return out;
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    public static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends T>> Tuple(int weight,
                                                                                       Arbitrary<? extends T> a) {
        return net.jqwik.api.Tuple.of(weight, a);
    }
}
