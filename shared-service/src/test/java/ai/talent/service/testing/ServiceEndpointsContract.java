package ai.talent.service.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every service answers the same way: readiness that includes its Kafka channels, liveness, OpenAPI,
 * Swagger UI, Prometheus metrics and problem details for an unknown path. A service's {@code @QuarkusTest}
 * class extends it and names its channels.
 */
public abstract class ServiceEndpointsContract {

    /** Every test of a service's HTTP contract starts once the service is ready (its state restored). */
    @BeforeEach
    void awaitReady() {
        Readiness.await();
    }

    /** The service's incoming and outgoing channel names, all of which readiness must report. */
    protected abstract List<String> channels();

    /** A path of the service's own API, which its OpenAPI document must describe. */
    protected abstract String documentedPath();

    /**
     * Runs the service's model(s) once through its API (publishing what they need first) and names them as
     * {@code talent.model.*} tags them.
     */
    protected abstract List<String> runModels();

    @Test
    void isReadyWithEveryKafkaChannel() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));
        String ready = given().get("/q/health/ready").asString();
        channels().forEach(channel -> assertThat(ready).contains(channel));
    }

    @Test
    void isLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void describesItsApiInOpenApiAndSwaggerUi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItems(documentedPath()));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void exposesPrometheusMetrics() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("http_server_requests_seconds"));
    }

    @Test
    void exposesLatencyHistogramsPerEndpoint() {
        given().get("/v1/no-such-resource").then().statusCode(404);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        // The SLO bounds of LatencyHistograms, in seconds, as exact buckets Prometheus aggregates across replicas.
        assertMatches(metrics, "http_server_requests_seconds_bucket\\{[^}]*le=\"0\\.1\"[^}]*} \\d");
        assertMatches(metrics, "http_server_requests_seconds_bucket\\{[^}]*le=\"0\\.25\"[^}]*} \\d");
    }

    @Test
    void reportsModelVersionAndInferenceTime() {
        List<String> models = runModels();
        assertThat(models).isNotEmpty();
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String model : models) {
            String tag = "model=\"" + Pattern.quote(model) + "\"";
            assertMatches(metrics, "talent_model_info\\{(?=[^}]*version=\"[^\"]+\")[^}]*" + tag + "[^}]*} 1\\.0");
            assertMatches(metrics, "talent_model_inference_seconds_count\\{[^}]*" + tag + "[^}]*} [1-9]");
            assertMatches(metrics, "talent_model_inference_seconds_bucket\\{(?=[^}]*le=\"0\\.1\")[^}]*" + tag);
        }
    }

    @Test
    void documentsEveryProblemResponseOfItsApi() {
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/v1")) {
                continue;
            }
            boolean pathParameters = path.getValue().containsKey("parameters");
            for (var op : path.getValue().entrySet()) {
                if (!HTTP_METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                @SuppressWarnings("unchecked")
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                boolean body = operation.containsKey("requestBody");
                List<String> expected = new ArrayList<>();
                if (body || pathParameters || operation.containsKey("parameters")) {
                    expected.add("400");
                }
                if (path.getKey().contains("{")) {
                    expected.add("404");
                }
                if (body) {
                    expected.add("413");
                }
                expected.addAll(List.of("500", "503"));
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> responses =
                        (Map<String, Map<String, Object>>) operation.getOrDefault("responses", Map.of());
                for (String code : expected) {
                    Map<String, Object> response = responses.get(code);
                    Object example = response == null ? null
                            : JsonPath.from(toJson(response))
                            .get("content.'application/problem+json'.example.status");
                    if (example == null || !code.equals(example.toString())) {
                        missing.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " " + code);
                    }
                }
                if (responses.containsKey("503") && !toJson(responses.get("503")).contains("Retry-After")) {
                    missing.add(op.getKey() + " " + path.getKey() + " 503 without Retry-After");
                }
            }
        }
        assertThat(operations).as("/v1 operations in the document").isPositive();
        assertThat(missing)
                .as("problem responses (application/problem+json with an example) missing").isEmpty();
    }

    @Test
    void logsJsonAndHidesSwaggerUiOnlyInProd() throws IOException {
        Properties config = new Properties();
        try (var in = Thread.currentThread().getContextClassLoader().getResourceAsStream("application.properties")) {
            assertThat(in).as("the service's application.properties").isNotNull();
            config.load(in);
        }
        assertThat(config)
                .containsEntry("%prod.quarkus.log.console.json.enabled", "true")
                .containsEntry("%prod.quarkus.swagger-ui.enabled", "false");
        // Tests (and dev) read plain text; the switch is effective in this profile.
        assertThat(ConfigProvider.getConfig()
                .getValue("quarkus.log.console.json.enabled", Boolean.class)).isFalse();
    }

    @Test
    void unknownPathIsANotFoundProblem() {
        given().get("/v1/no-such-resource").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("/q/openapi"));
    }

    @Test
    void aBodyOverTheServicesLimitIsA413ProblemAndAuthIsOffInTests() {
        long max = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .asLongValue();
        assertThat(max).as("quarkus.http.limits.max-body-size").isBetween(1024L, 16L * 1024 * 1024);
        given().contentType("application/json").body("[" + " ".repeat((int) max) + "]").post("/v1/body-limit").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("at most " + max));
        assertThat(ConfigProvider.getConfig().getValue("talent.auth.enabled", Boolean.class))
                .as("talent.auth.enabled in the test profile").isFalse();
    }

    private static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private static void assertMatches(String text, String regex) {
        String metric = regex.substring(0, regex.indexOf('\\'));
        assertThat(Pattern.compile(regex).matcher(text).find())
                .as("/q/metrics has a line matching %s; its %s lines: %s", regex, metric,
                        text.lines().filter(l -> l.startsWith(metric)).limit(40).toList()).isTrue();
    }

    private static String toJson(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
