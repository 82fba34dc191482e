package ai.talent.service.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
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

    @Test
    void isReadyWithEveryKafkaChannel() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));
        String ready = given().get("/q/health/ready").asString();
        channels().forEach(channel -> org.assertj.core.api.Assertions.assertThat(ready).contains(channel));
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
    void unknownPathIsANotFoundProblem() {
        given().get("/v1/no-such-resource").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("/q/openapi"));
    }
}
