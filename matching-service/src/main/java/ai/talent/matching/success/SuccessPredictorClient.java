package ai.talent.matching.success;

import ai.talent.matching.rank.RemotePredictions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import org.jboss.logging.Logger;

/**
 * Asks the success predictor ({@code POST /v1/predictions}) about a project's best candidates that no
 * {@code success.predicted} event covered, all at once, and keeps what answered within the timeout: a slow, failing
 * or absent predictor costs at most the timeout and leaves those candidates on the fallback (no prediction).
 */
public final class SuccessPredictorClient implements RemotePredictions {

    private static final Logger LOG = Logger.getLogger(SuccessPredictorClient.class);

    private final URI predictions;
    private final Duration timeout;
    private final ToLongFunction<String> rateOf;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    /** {@code rateOf}: the rate to ask about for a freelancer (their hourly rate). */
    public SuccessPredictorClient(String baseUrl, Duration timeout, ToLongFunction<String> rateOf) {
        this.predictions = URI.create(baseUrl.replaceAll("/+$", "") + "/v1/predictions");
        this.timeout = timeout;
        this.rateOf = rateOf;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public Map<String, Double> fetch(String projectId, List<String> freelancerIds) {
        Map<String, CompletableFuture<HttpResponse<String>>> calls = new HashMap<>();
        for (String id : freelancerIds) {
            String body = json.createObjectNode().put("projectId", projectId).put("freelancerId", id)
                    .put("agreedRateKrw", rateOf.applyAsLong(id)).toString();
            HttpRequest request = HttpRequest.newBuilder(predictions).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            calls.put(id, http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        try {
            CompletableFuture.allOf(calls.values().toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // a timeout or a failed call: keep whatever did answer
        }
        Map<String, Double> out = new HashMap<>();
        calls.forEach((id, call) -> {
            if (call.isDone() && !call.isCompletedExceptionally()) {
                HttpResponse<String> response = call.join();
                if (response.statusCode() == 200) {
                    try {
                        JsonNode p = json.readTree(response.body()).get("probability");
                        if (p != null && p.isNumber()) {
                            out.put(id, p.asDouble());
                        }
                    } catch (Exception e) {
                        LOG.debugf("success predictor answered %s/%s with an unreadable body", projectId, id);
                    }
                }
            } else {
                call.cancel(true);
            }
        });
        return out;
    }
}
