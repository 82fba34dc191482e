package ai.talent.service.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for REST requests and the check every answer to them must pass: never a 5xx; a 4xx is an RFC 9457
 * problem ({@code application/problem+json} whose {@code status} is the response's code and with a title).
 */
public final class RestFuzz {

    private RestFuzz() {
    }

    /** Request bodies derived from a valid one: mostly its mutations, then random JSON, non-JSON, and itself. */
    public static Arbitrary<String> bodies(String validBody) {
        JsonNode sample = JsonFuzz.read(validBody);
        return Arbitraries.frequencyOf(
                Tuple.of(12, JsonFuzz.mutationsOf(sample)),
                Tuple.of(3, JsonFuzz.anyJson(3).map(JsonFuzz::write)),
                Tuple.of(2, JsonFuzz.notJson()),
                Tuple.of(1, Arbitraries.just(validBody)));
    }

    /** A query parameter's value: one of the valid ones, or a hostile string or number. */
    public static Arbitrary<String> queryValue(String... valid) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(valid)),
                Tuple.of(2, requestLineStrings()),
                Tuple.of(2, JsonFuzz.hostileNumbers().map(JsonNode::asText)),
                Tuple.of(1, Arbitraries.integers().between(-5, 2_000).map(String::valueOf)));
    }

    /**
     * A query: each named parameter absent or given a value from its generator ({@link #queryValue}); a parameter
     * may repeat (JAX-RS takes the first for a single value).
     */
    public static Arbitrary<Map<String, List<String>>> queries(Map<String, Arbitrary<String>> parameters) {
        List<Arbitrary<Map.Entry<String, List<String>>>> each = parameters.entrySet().stream()
                .map(p -> p.getValue().list().ofMaxSize(2).map(values -> Map.entry(p.getKey(), values)))
                .toList();
        return Combinators.combine(each).as(entries -> {
            Map<String, List<String>> query = new LinkedHashMap<>();
            entries.stream().filter(e -> !e.getValue().isEmpty()).forEach(e -> query.put(e.getKey(), e.getValue()));
            return query;
        });
    }

    /** A path segment: one of the known ids, or a hostile string. */
    public static Arbitrary<String> pathSegment(String... known) {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(known)),
                Tuple.of(2, requestLineStrings().filter(s -> !s.isEmpty())));
    }

    /**
     * Hostile strings short enough for a request line: Vert.x answers a line over
     * {@code quarkus.http.limits.max-initial-line-length} (4 kB) with a bare 414 from its HTTP decoder, before any
     * route or filter of the service runs, so that limit is the server's and not a property of the API.
     */
    static Arbitrary<String> requestLineStrings() {
        return JsonFuzz.hostileStrings().filter(s -> s.length() <= 200);
    }

    /**
     * Checks one answer: below 500; when 4xx, a problem document naming its status. {@code input} is printed on
     * failure.
     */
    public static void checkAnswer(String request, int status, String contentType, String body, long seed, int at) {
        String where = request + " (seed " + seed + ", try " + at + ") answered " + status + " " + contentType
                + ": " + FuzzSamples.shown(body);
        if (status >= 500) {
            throw new AssertionError("5xx for " + where);
        }
        if (status >= 400) {
            if (contentType == null || !contentType.startsWith("application/problem+json")) {
                throw new AssertionError("a 4xx without application/problem+json for " + where);
            }
            JsonNode problem;
            try {
                problem = JsonFuzz.read(body);
            } catch (IllegalArgumentException e) {
                throw new AssertionError("a problem that is not JSON for " + where, e);
            }
            if (problem.path("status").asInt() != status || problem.path("title").asText().isBlank()) {
                throw new AssertionError("a problem without its status or title for " + where);
            }
        }
    }

    /** The request for a failure message. */
    public static String describe(String method, String path, Map<String, List<String>> query, String body) {
        return method + " " + path + (query == null || query.isEmpty() ? "" : " " + query)
                + (body == null ? "" : " body " + FuzzSamples.shown(body));
    }

}
