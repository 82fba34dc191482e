package ai.talent.tutoring.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Headline and summary from an OpenAI-compatible chat-completions endpoint (OpenAI, vLLM, llama.cpp server,
 * Ollama's /v1 ...), given only the selected facts as JSON and asked for JSON back. Any failure — connection,
 * timeout, an HTTP error, an answer that is not the JSON asked for or is empty — falls back to the template
 * writer, so a portfolio is always written. Temperature 0 and a fixed seed ask the model for repeatable answers;
 * only the template writer guarantees them.
 */
public final class LlmProse implements PortfolioProse {

    private static final Logger LOG = Logger.getLogger(LlmProse.class);
    private static final int MAX_HEADLINE_CHARS = 200;
    private static final int MAX_SUMMARY_CHARS = 2_000;

    private final URI url;
    private final String model;
    private final Optional<String> apiKey;
    private final Duration timeout;
    private final int maxTokens;
    private final PortfolioProse fallback;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public LlmProse(URI url, String model, Optional<String> apiKey, Duration timeout, int maxTokens,
                    PortfolioProse fallback) {
        this.url = url;
        this.model = model;
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.maxTokens = maxTokens;
        this.fallback = fallback;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public Written write(PortfolioFacts facts) {
        try {
            return ask(facts);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("LLM writer at %s failed (%s: %s); the template writes this portfolio", url,
                    e.getClass().getSimpleName(), e.getMessage());
            return fallback.write(facts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback.write(facts);
        }
    }

    private Written ask(PortfolioFacts facts) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body(facts)),
                        StandardCharsets.UTF_8));
        apiKey.ifPresent(key -> request.header("Authorization", "Bearer " + key));
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + response.statusCode());
        }
        String content = json.readTree(response.body()).path("choices").path(0).path("message").path("content")
                .asText("");
        JsonNode answer = json.readTree(stripFences(content));
        String headline = answer.path("headline").asText("").strip();
        String summary = answer.path("summary").asText("").strip();
        if (headline.isEmpty() || summary.isEmpty() || headline.length() > MAX_HEADLINE_CHARS
                || summary.length() > MAX_SUMMARY_CHARS) {
            throw new IOException("the answer is not a JSON object with a headline and a summary of sensible length");
        }
        return new Written(headline, summary, "llm:" + model);
    }

    private ObjectNode body(PortfolioFacts facts) throws IOException {
        boolean ko = facts.language() == PortfolioLanguage.KO;
        ObjectNode body = json.createObjectNode();
        body.put("model", model);
        body.put("temperature", 0);
        body.put("seed", 7);
        body.put("max_tokens", maxTokens);
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", (ko
                ? "당신은 프리랜서 포트폴리오 작가입니다. 주어진 사실만 사용해 자연스러운 한국어(합니다체)로 쓰세요. "
                : "You write freelancer portfolios. Use only the facts given, in natural English. ")
                + "Answer with one JSON object {\"headline\": \"...\", \"summary\": \"...\"}: a headline under 80"
                + " characters and a summary of 2-4 sentences. Invent nothing.");
        messages.addObject().put("role", "user").put("content", json.writeValueAsString(factsJson(facts)));
        return body;
    }

    private ObjectNode factsJson(PortfolioFacts f) {
        ObjectNode o = json.createObjectNode();
        o.put("language", f.language().code());
        o.put("name", f.profile().displayName());
        o.put("profileHeadline", f.profile().headline());
        o.put("region", f.language() == PortfolioLanguage.KO ? f.profile().region().nameKo()
                : f.profile().region().nameEn());
        if (f.targetRole() != null) {
            o.put("targetRole", f.targetRole());
        }
        ArrayNode skills = o.putArray("topSkills");
        f.skills().forEach(s -> {
            ObjectNode k = skills.addObject().put("name", s.name());
            if (s.years() != null) {
                k.put("years", s.years());
            }
            k.put("projects", s.evidence().size());
        });
        if (f.track() == null) {
            o.put("completedProjects", 0);
        } else {
            o.put("completedProjects", f.track().completed());
            o.put("successful", f.track().successful());
            o.put("onTime", f.track().onTime());
            o.put("averageRating", f.track().averageRating());
        }
        ArrayNode cases = o.putArray("caseStudies");
        f.caseStudies().forEach(c -> cases.addObject().put("title", c.title()).put("rating", c.contract().clientRating()));
        return o;
    }

    /** Models often wrap JSON in a Markdown code fence. */
    private static String stripFences(String content) {
        String c = content.strip();
        if (c.startsWith("```")) {
            int start = c.indexOf('\n');
            int end = c.lastIndexOf("```");
            if (start > 0 && end > start) {
                return c.substring(start + 1, end);
            }
        }
        return c;
    }
}
