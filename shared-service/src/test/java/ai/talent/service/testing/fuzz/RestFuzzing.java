package ai.talent.service.testing.fuzz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The REST properties of a service, checked against the running {@code @QuarkusTest} application: {@code tries}
 * requests drawn over its {@code /v1} endpoints (bodies mutated from a valid one, hostile query values and path
 * segments) each get an answer below 500, a 4xx being an RFC 9457 problem ({@link RestFuzz#checkAnswer}); and a
 * {@code snapshot} of what the service shows (reads whose answers a rejected request must not change) is the same
 * after the run as before. A failure names the seed, the try and the request.
 */
public final class RestFuzzing {

    /** One endpoint and how to generate requests for it. */
    public record Endpoint(String method, String path, Map<String, Arbitrary<String>> pathParams,
                           Map<String, Arbitrary<String>> query, Arbitrary<String> body) {

        /** A GET with generated path segments ({@code {name}} in the path) and query parameters. */
        public static Endpoint get(String path, Map<String, Arbitrary<String>> pathParams,
                                   Map<String, Arbitrary<String>> query) {
            return new Endpoint("GET", path, pathParams, query, null);
        }

        /** A POST of JSON bodies derived from {@code validBody} ({@link RestFuzz#bodies}). */
        public static Endpoint post(String path, String validBody) {
            return new Endpoint("POST", path, Map.of(), Map.of(), RestFuzz.bodies(validBody));
        }

        /** A POST with generated path segments and no body. */
        public static Endpoint post(String path, Map<String, Arbitrary<String>> pathParams) {
            return new Endpoint("POST", path, pathParams, Map.of(), null);
        }

        Arbitrary<Request> requests() {
            Arbitrary<Map<String, String>> segments = pathParams.isEmpty() ? Arbitraries.just(Map.of())
                    : Combinators.combine(pathParams.entrySet().stream()
                            .map(p -> p.getValue().map(v -> Map.entry(p.getKey(), v))).toList())
                    .as(entries -> entries.stream().collect(Collectors.toMap(Map.Entry::getKey,
                            Map.Entry::getValue)));
            Arbitrary<Map<String, List<String>>> queries = query.isEmpty() ? Arbitraries.just(Map.of())
                    : RestFuzz.queries(query);
            Arbitrary<String> bodies = body == null ? Arbitraries.just("") : body;
            return Combinators.combine(segments, queries, bodies)
                    .as((s, q, b) -> new Request(this, s, q, body == null ? null : b));
        }
    }

    /** One generated request. */
    public record Request(Endpoint endpoint, Map<String, String> pathParams, Map<String, List<String>> query,
                          String body) {

        Response send() {
            // The URI is encoded here, not by RestAssured: it would read a '{' in a value as a path template.
            String uri = endpoint.path();
            for (Map.Entry<String, String> p : pathParams.entrySet()) {
                uri = uri.replace("{" + p.getKey() + "}", encode(p.getValue()));
            }
            StringBuilder q = new StringBuilder();
            query.forEach((name, values) -> values.forEach(v -> q.append(q.isEmpty() ? '?' : '&')
                    .append(encode(name)).append('=').append(encode(v))));
            RequestSpecification spec = given().urlEncodingEnabled(false);
            if (body != null) {
                spec.contentType("application/json").body(body);
            }
            return "GET".equals(endpoint.method()) ? spec.get(uri + q) : spec.post(uri + q);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }

        @Override
        public String toString() {
            return RestFuzz.describe(endpoint.method(), endpoint.path() + " " + pathParams, query, body);
        }
    }

    private final String service;

    public RestFuzzing(String service) {
        this.service = service;
    }

    /**
     * Sends {@code tries} generated requests spread over {@code endpoints} and checks every answer, and that
     * {@code snapshot} reads the same before and after.
     *
     * @return the requests with the status each got, for checks of the caller's own (e.g. events published)
     */
    public List<Map.Entry<Request, Integer>> check(List<Endpoint> endpoints, int tries, Supplier<?> snapshot) {
        long seed = FuzzSamples.seed() ^ service.hashCode();
        List<Request> requests = FuzzSamples.draw(
                Arbitraries.oneOf(endpoints.stream().map(Endpoint::requests).toList()), tries, seed);
        Object before = snapshot.get();
        long start = System.nanoTime();
        List<Map.Entry<Request, Integer>> answered = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < requests.size(); i++) {
            Request request = requests.get(i);
            Response response = request.send();
            RestFuzz.checkAnswer(request.toString(), response.statusCode(), response.contentType(),
                    response.asString(), seed, i);
            boolean noEntityNamed = request.endpoint().pathParams().isEmpty() && request.body() == null;
            if (noEntityNamed && response.statusCode() == 404) {
                throw new AssertionError("404 on a path that exists for " + request + " (seed " + seed + ", try " + i
                        + "): a malformed parameter must be a 400 naming it; answered " + response.asString());
            }
            String key = request.endpoint().method() + " " + request.endpoint().path() + " " + response.statusCode();
            if (statuses.merge(key, 1, Integer::sum) == 1 && response.statusCode() >= 400) {
                System.out.printf("FUZZ %s REST: first %s: %s -> %s%n", service, key, request,
                        FuzzSamples.shown(response.asString()).replaceAll("\\s+", " "));
            }
            answered.add(Map.entry(request, response.statusCode()));
        }
        System.out.printf("FUZZ %s REST: %d requests in %.1f s, seed %d (talent.fuzz.seed=%d), answers %s%n",
                service, tries, (System.nanoTime() - start) / 1e9, seed, FuzzSamples.seed(), statuses);
        assertThat(snapshot.get()).as("what %s shows after %d generated requests (seed %d)", service, tries, seed)
                .isEqualTo(before);
        return answered;
    }
}
