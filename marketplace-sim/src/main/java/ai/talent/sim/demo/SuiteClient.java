package ai.talent.sim.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Calls the running services' REST APIs for the walkthrough: JSON in, JSON (or text) out, with the status. */
final class SuiteClient {

    /** One answer: its status, the body as text and, when it is JSON, parsed. */
    record Answer(int status, String body, JsonNode json) {

        boolean ok() {
            return status / 100 == 2;
        }
    }

    /** Generous: a service's first call may load a model (a portfolio's encoder) on a busy machine. */
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    Answer get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build());
    }

    Answer post(String url, Object body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a request body: " + e.getMessage(), e);
        }
    }

    static String encode(String queryValue) {
        return URLEncoder.encode(queryValue, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode node = MissingNode.getInstance();
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json") && !response.body().isBlank()) {
                node = json.readTree(response.body());
            }
            return new Answer(response.statusCode(), response.body(), node);
        } catch (IOException e) {
            return new Answer(0, request.method() + " " + request.uri() + " failed: " + e.getMessage(),
                    MissingNode.getInstance());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + request.uri(), e);
        }
    }
}
