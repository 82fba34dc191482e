package ai.talent.tutoring.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.skill.SkillTaxonomy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The LLM writer against a small OpenAI-compatible chat-completions server started here (the real endpoint is a
 * third party): it sends the facts and uses the answer, and falls back to the template on errors, timeouts and
 * answers that are not what it asked for.
 */
class LlmProseTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer server;
    private final AtomicReference<Reply> reply = new AtomicReference<>();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    private record Reply(int status, String body, long delayMillis) {
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            requests.add(JSON.readTree(exchange.getRequestBody()));
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            Reply r = reply.get();
            try {
                Thread.sleep(r.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(r.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private LlmProse writer(Duration timeout) {
        return new LlmProse(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/chat/completions"),
                "tiny-model", Optional.of("secret-key"), timeout, 300, new TemplateProse());
    }

    /** Profile-only facts: no encoder needed. */
    private static PortfolioFacts facts(PortfolioLanguage language) {
        PortfolioSamples sample = PortfolioSamples.of("llm");
        return new PortfolioComposer(SkillTaxonomy.standard(), PortfolioComposer.Limits.defaults())
                .compose(sample.freelancer(), List.of(), sample.briefs(), language, "데이터 엔지니어",
                        texts -> { throw new AssertionError("no projects, nothing to embed"); });
    }

    private static String completion(String content) throws IOException {
        return JSON.writeValueAsString(JSON.createObjectNode().put("id", "cmpl-1").put("object", "chat.completion")
                .set("choices", JSON.createArrayNode().add(JSON.createObjectNode().put("index", 0)
                        .put("finish_reason", "stop")
                        .set("message", JSON.createObjectNode().put("role", "assistant").put("content", content)))));
    }

    @Test
    void configuredEndpointWritesHeadlineAndSummaryFromTheFacts() throws IOException {
        reply.set(new Reply(200, completion("```json\n{\"headline\": \"데이터 파이프라인 전문가 김민지\","
                + " \"summary\": \"김민지님은 파이썬과 스파크로 데이터 파이프라인을 만듭니다.\"}\n```"), 0));
        PortfolioProse.Written written = writer(Duration.ofSeconds(5)).write(facts(PortfolioLanguage.KO));
        assertThat(written.headline()).isEqualTo("데이터 파이프라인 전문가 김민지");
        assertThat(written.summary()).isEqualTo("김민지님은 파이썬과 스파크로 데이터 파이프라인을 만듭니다.");
        assertThat(written.writtenBy()).isEqualTo("llm:tiny-model");

        JsonNode sent = requests.getFirst();
        assertThat(sent.path("model").asText()).isEqualTo("tiny-model");
        assertThat(sent.path("temperature").asInt()).isZero();
        assertThat(authorizations).containsExactly("Bearer secret-key");
        JsonNode facts = JSON.readTree(sent.path("messages").path(1).path("content").asText());
        assertThat(facts.path("name").asText()).isEqualTo("김민지");
        assertThat(facts.path("targetRole").asText()).isEqualTo("데이터 엔지니어");
        assertThat(facts.path("completedProjects").asInt()).isZero();
        assertThat(facts.path("topSkills").get(0).path("name").asText()).isEqualTo("파이썬");
    }

    @Test
    void serverErrorFallsBackToTheTemplate() {
        reply.set(new Reply(500, "{\"error\": {\"message\": \"overloaded\"}}", 0));
        PortfolioFacts facts = facts(PortfolioLanguage.EN);
        assertThat(writer(Duration.ofSeconds(5)).write(facts)).isEqualTo(new TemplateProse().write(facts));
    }

    @Test
    void slowAnswerFallsBackToTheTemplateAfterTheTimeout() {
        reply.set(new Reply(200, "{}", 3_000));
        PortfolioFacts facts = facts(PortfolioLanguage.KO);
        long start = System.nanoTime();
        PortfolioProse.Written written = writer(Duration.ofMillis(300)).write(facts);
        assertThat(written).isEqualTo(new TemplateProse().write(facts));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void answerThatIsNotTheAskedJsonFallsBackToTheTemplate() throws IOException {
        reply.set(new Reply(200, completion("Sure! Here is a great portfolio for you."), 0));
        PortfolioFacts facts = facts(PortfolioLanguage.EN);
        assertThat(writer(Duration.ofSeconds(5)).write(facts).writtenBy()).isEqualTo("template");
        reply.set(new Reply(200, completion("{\"headline\": \"\", \"summary\": \"x\"}"), 0));
        assertThat(writer(Duration.ofSeconds(5)).write(facts).writtenBy()).isEqualTo("template");
    }

    @Test
    void unreachableEndpointFallsBackToTheTemplate() {
        PortfolioFacts facts = facts(PortfolioLanguage.EN);
        LlmProse nowhere = new LlmProse(URI.create("http://127.0.0.1:1/v1/chat/completions"), "m", Optional.empty(),
                Duration.ofSeconds(1), 100, new TemplateProse());
        assertThat(nowhere.write(facts).writtenBy()).isEqualTo("template");
    }
}
