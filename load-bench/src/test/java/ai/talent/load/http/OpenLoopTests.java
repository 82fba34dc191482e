package ai.talent.load.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The load generator against a local HTTP server of known capacity (worker threads that take a fixed time per
 * request), optionally behind an admission bound that refuses with 503 and {@code Retry-After} as the services'
 * limiter does.
 */
class OpenLoopTests {

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    @Test
    void theStepperFindsARateBelowTheServersCapacityAndAboveAFifthOfIt() {
        // One worker at 20 ms a request: at most 50 requests/s; beyond that the queue grows without bound.
        String url = server(1, 20, Integer.MAX_VALUE);
        OpenLoop loop = loop(Duration.ofSeconds(5));
        RateStepper.Result result = new RateStepper(loop).search(url, List.of(Call.get("/work")), 200,
                new RateStepper.Plan(5, 2, 2_000, 2, Duration.ofMillis(1_500), 10_000, 5), step -> { });

        assertThat(result.hitMaxRate()).isFalse();
        assertThat(result.bestRate()).isBetween(10.0, 60.0);
        assertThat(result.best().total().allMillis(0.99)).isLessThanOrEqualTo(200.0);
        RateStepper.Step failed = result.steps().stream().filter(s -> !s.passed()).findFirst().orElseThrow();
        assertThat(failed.result().rate()).isGreaterThan(result.bestRate());
        assertThat(failed.why()).isNotBlank();
    }

    @Test
    void overloadBeyondABoundedQueueIsRefusedQuicklyWith503AndRetryAfter() {
        String url = server(2, 10, 4);
        OpenLoop loop = loop(Duration.ofSeconds(5));
        loop.warmUp(url, List.of(Call.get("/")), 3);
        Overload.Report report = new Overload(loop)
                .run(url, List.of(Call.get("/work")), 1_000, Duration.ofSeconds(1), 10_000);

        assertThat(report.sent()).isEqualTo(1_000);
        assertThat(report.refusedShare()).isGreaterThan(0.3);
        assertThat(report.served()).isGreaterThan(50);
        assertThat(report.clean()).isTrue();
        assertThat(report.refusedWithoutRetryAfter()).isZero();
        assertThat(report.refusalP50Millis()).isLessThan(report.servedP99Millis());
    }

    @Test
    void anAnswerSlowerThanTheTimeoutCountsAsATimeoutNotAsServed() {
        String url = server(2, 1_500, Integer.MAX_VALUE);
        OpenLoop loop = loop(Duration.ofMillis(300));
        loop.warmUp(url.replace("1500", ""), List.of(Call.get("/")), 3);
        StepResult result = loop.run(url, List.of(Call.get("/work")), 10,
                Duration.ofMillis(300), 100);

        assertThat(result.total().timeouts()).isEqualTo(result.requests());
        assertThat(result.total().ok()).isEmpty();
    }

    @Test
    void onlyLoopbackTargetsAreAccepted() {
        OpenLoop loop = loop(Duration.ofSeconds(1));
        assertThatThrownBy(() -> loop.run("http://example.com", List.of(Call.get("/")), 1, Duration.ofSeconds(1), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
    }

    private OpenLoop loop(Duration timeout) {
        OpenLoop loop = new OpenLoop(timeout);
        open.add(loop);
        return loop;
    }

    /** A server whose workers take {@code millis} per request, refusing beyond {@code admitted} at once. */
    private String server(int threads, long millis, int admitted) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1_000);
            ExecutorService workers = Executors.newFixedThreadPool(threads);
            Semaphore slots = new Semaphore(admitted);
            server.createContext("/work", exchange -> {
                if (!slots.tryAcquire()) {
                    exchange.getResponseHeaders().add("Retry-After", "1");
                    answer(exchange, 503);
                    return;
                }
                workers.execute(() -> {
                    try {
                        Thread.sleep(millis);
                        answer(exchange, 200);
                    } catch (InterruptedException | IOException e) {
                        exchange.close();
                    } finally {
                        slots.release();
                    }
                });
            });
            // Admission runs on the acceptor's executor so that a refusal never waits for a worker.
            ExecutorService acceptor = Executors.newSingleThreadExecutor();
            server.setExecutor(acceptor);
            server.start();
            open.add(() -> {
                server.stop(0);
                workers.shutdownNow();
                acceptor.shutdownNow();
            });
            return "http://127.0.0.1:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
