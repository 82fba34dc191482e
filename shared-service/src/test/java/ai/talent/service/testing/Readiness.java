package ai.talent.service.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import org.awaitility.Awaitility;

/**
 * Waits until the service under test reports ready: its catalogs have caught up and its keyed state runs, so that
 * a test's reads see everything sent before.
 */
public final class Readiness {

    /** Generous: a loaded 2-core machine takes seconds to start Kafka Streams and join its group. */
    public static final Duration TIMEOUT = Duration.ofSeconds(90);

    private Readiness() {
    }

    public static void await() {
        Awaitility.await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
    }
}
