package ai.talent.matching.success;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The success predictor's client keeps what answered within its timeout and falls back (no prediction) for the
 * rest: a slow answer, an error, an unreadable body, or no predictor at all. The predictor here is an HTTP endpoint
 * speaking its {@code POST /v1/predictions} contract, each freelancer id choosing how it answers.
 */
class SuccessPredictorClientTests {

    private HttpServer server;
    private String url;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/predictions", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (body.contains("\"f-slow\"")) {
                    Thread.sleep(15_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int status = body.contains("\"f-broken\"") ? 500 : 200;
            String answer = body.contains("\"f-garbled\"") ? "not json"
                    : "{\"projectId\":\"p-1\",\"probability\":0.83,\"modelVersion\":\"m\"}";
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        // the slow answer must not hold up the others
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void keepsTimelyAnswersAndFallsBackForSlowFailingOrGarbledOnes() {
        SuccessPredictorClient client = new SuccessPredictorClient(url, Duration.ofSeconds(3), id -> 50_000L);
        Map<String, Double> got = client.fetch("p-1", List.of("f-fast", "f-slow", "f-broken", "f-garbled"));
        assertThat(got).containsOnlyKeys("f-fast");
        assertThat(got.get("f-fast")).isEqualTo(0.83);
    }

    @Test
    void anAbsentPredictorLeavesEveryCandidateOnTheFallback() {
        server.stop(0);
        SuccessPredictorClient client = new SuccessPredictorClient(url, Duration.ofMillis(300), id -> 50_000L);
        assertThat(client.fetch("p-1", List.of("f-fast"))).isEmpty();
    }
}
