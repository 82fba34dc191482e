package ai.talent.load.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop HTTP load generator: requests leave at the times a fixed rate gives them, whether or not earlier ones
 * have been answered, and each latency counts from the time the request was due, not from when it left. A closed
 * loop (send, wait, send) slows down with the server and hides its queueing ("coordinated omission"); this one keeps
 * the arrival rate a client population would and so shows the queue. Bounded three ways: seconds, requests, and a
 * per-request timeout (a request still unanswered then counts as a timeout).
 *
 * <p>Loopback only: the base URL must name {@code localhost} or {@code 127.0.0.1}.
 */
public final class OpenLoop implements AutoCloseable {

    private final HttpClient client;
    private final ExecutorService executor;
    private final Duration timeout;

    public OpenLoop(Duration timeout) {
        // One small pool for the client's completions: the generator must not take the machine the services run on.
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "open-loop-client");
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(2)).build();
        this.timeout = timeout;
    }

    /**
     * Sends {@code calls} round-robin at {@code ratePerSecond} for {@code duration} (at most {@code maxRequests}),
     * waits for every answer (or its timeout) and returns what happened per call name.
     */
    public StepResult run(String baseUrl, List<Call> calls, double ratePerSecond, Duration duration, long maxRequests) {
        requireLoopback(baseUrl);
        if (calls.isEmpty() || ratePerSecond <= 0) {
            throw new IllegalArgumentException("an open loop needs calls and a positive rate");
        }
        long total = Math.min(maxRequests, Math.max(1, Math.round(ratePerSecond * duration.toNanos() / 1e9)));
        long intervalNanos = (long) (1e9 / ratePerSecond);
        Map<String, Outcomes> outcomes = new LinkedHashMap<>();
        calls.forEach(c -> outcomes.putIfAbsent(c.name(), new Outcomes()));
        List<CompletableFuture<?>> pending = new ArrayList<>((int) Math.min(total, 1_000_000));
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Call call = calls.get((int) (i % calls.size()));
            Outcomes out = outcomes.get(call.name());
            HttpRequest request = call.request(baseUrl, i).timeout(timeout).build();
            pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        long micros = (System.nanoTime() - due) / 1_000;
                        if (failure == null) {
                            out.answered(response.statusCode(), micros,
                                    response.headers().firstValue("Retry-After").isPresent());
                        } else if (isTimeout(failure)) {
                            out.timedOut();
                        } else {
                            out.failed(rootCause(failure).getClass().getSimpleName());
                        }
                    }));
        }
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // every request carries its own timeout; whatever is still open is counted as it completes
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Outcomes.Summary> summaries = new LinkedHashMap<>();
        outcomes.forEach((name, o) -> summaries.put(name, o.summary()));
        return new StepResult(ratePerSecond, total, sendSeconds, seconds, summaries);
    }

    @Override
    public void close() {
        client.close();
        executor.shutdownNow();
    }

    static void requireLoopback(String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        if (!"localhost".equals(host) && !"127.0.0.1".equals(host)) {
            throw new IllegalArgumentException("the load generator runs on loopback only, not against " + baseUrl);
        }
    }

    /** A request or connect timeout anywhere in the chain (a connect timeout wraps a ConnectException). */
    private static boolean isTimeout(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sends each call a few times one after the other and forgets the answers: connections, the client's and the
     * server's first-use costs (class loading, JIT) stay out of the first measured step.
     */
    public void warmUp(String baseUrl, List<Call> calls, int rounds) {
        requireLoopback(baseUrl);
        long sequence = 0;
        for (int r = 0; r < rounds; r++) {
            for (Call call : calls) {
                try {
                    client.send(call.request(baseUrl, sequence++).timeout(timeout).build(),
                            HttpResponse.BodyHandlers.discarding());
                } catch (java.io.IOException e) {
                    // a warm-up answer does not count
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
