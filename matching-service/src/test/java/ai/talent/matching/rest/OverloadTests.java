package ai.talent.matching.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.http.AdmissionFilter;
import ai.talent.service.testing.StateDirTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Overload on the real HTTP stack with one request slot and one queue place: a held request fills the slot, and
 * what comes next is queued, handed the slot, or refused with 503, {@code Retry-After} and a problem.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
@TestProfile(OverloadTests.TinyLimits.class)
class OverloadTests {

    // Long enough that a queued request outlasts the few checks made while it waits, even on a loaded machine.
    private static final Duration MAX_WAIT = Duration.ofSeconds(2);
    private static final String HOLD = "/v1/test-only/hold";
    private static final Executor CALLERS = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().factory());

    /** One slot, one queue place, a short wait: overload is one held request away. */
    public static class TinyLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("talent.http.max-in-flight", "1",
                    "talent.http.max-queued", "1",
                    "talent.http.max-wait", MAX_WAIT.toMillis() + "ms",
                    "talent.http.retry-after", "3s");
        }
    }

    @Inject
    AdmissionFilter admission;

    @AfterEach
    void letEverythingGo() {
        HoldingResource.letGo();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> admission.limiter().inFlight() == 0);
    }

    @Test
    void whenSlotAndQueueAreFullTheApiRefusesWith503RetryAfterAndAProblemWhileHealthStaysUp() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(200));
        HoldingResource.holdNextRequests();
        CompletableFuture<Response> holder = postAsync("first");
        assertThat(HoldingResource.ENTERED.tryAcquire(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Response> queued = postAsync("second");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> admission.limiter().queued() == 1);

        given().get("/v1/projects/{id}/matches", "any").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "3")
                .body("status", equalTo(503))
                .body("instance", equalTo("/v1/projects/any/matches"))
                .body("detail", containsString("queue places are taken"))
                .body("detail", containsString("Retry after 3 s"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("talent_http_rejected_total{reason=\"queue-full\""));

        HoldingResource.letGo();
        assertThat(holder.get(30, TimeUnit.SECONDS).asString()).isEqualTo("first");
        Response handedOver = queued.get(30, TimeUnit.SECONDS);
        assertThat(handedOver.statusCode()).isEqualTo(200);
        assertThat(handedOver.asString()).as("the queued request's body survives the wait").isEqualTo("second");
    }

    @Test
    void aRequestThatWaitsLongerThanMaxWaitIsRefused() throws Exception {
        HoldingResource.holdNextRequests();
        CompletableFuture<Response> holder = postAsync("first");
        assertThat(HoldingResource.ENTERED.tryAcquire(30, TimeUnit.SECONDS)).isTrue();

        long start = System.nanoTime();
        given().get("/v1/projects/{id}/matches", "any").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "3")
                .body("detail", containsString("waited " + MAX_WAIT.toMillis() + " ms"));
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(waited).isGreaterThanOrEqualTo(MAX_WAIT.minusMillis(50));
        HoldingResource.letGo();
        assertThat(holder.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    @Test
    void onceTheSlotIsFreeRequestsAreServedAgain() throws Exception {
        HoldingResource.holdNextRequests();
        CompletableFuture<Response> holder = postAsync("first");
        assertThat(HoldingResource.ENTERED.tryAcquire(30, TimeUnit.SECONDS)).isTrue();
        HoldingResource.letGo();
        assertThat(holder.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> admission.limiter().inFlight() == 0);

        given().get("/v1/projects/{id}/matches", "no-such-project").then().statusCode(404);
    }

    private static CompletableFuture<Response> postAsync(String body) {
        // A thread of its own per request: the common pool has a single thread on a 2-core machine, so a held
        // request would keep the next one from ever being sent.
        return CompletableFuture.supplyAsync(() -> given().contentType("text/plain").body(body).post(HOLD),
                CALLERS);
    }
}
