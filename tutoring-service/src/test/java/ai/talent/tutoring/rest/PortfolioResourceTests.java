package ai.talent.tutoring.rest;

import static ai.talent.service.testing.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.PortfolioGenerated;
import ai.talent.domain.event.PortfolioSection;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.Language;
import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.testing.KafkaFlowTest;
import ai.talent.service.testing.SampleEvents;
import ai.talent.service.testing.StateDirTestResource;
import ai.talent.tutoring.portfolio.PortfolioSamples;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/portfolios} through the real broker: the work history arrives as events, the portfolio is
 * written from it in each language and format, the same request gives the same bytes and event id, and bad
 * requests get problem details and publish nothing.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
class PortfolioResourceTests extends KafkaFlowTest {

    private final EventCodec codec = new EventCodec();

    private static PortfolioSamples published;

    /**
     * The sample's profile, projects and completions, published once per test JVM; returns when the portfolio shows
     * them all.
     */
    static synchronized PortfolioSamples published(ai.talent.service.testing.KafkaTestClient kafka) {
        if (published == null) {
            published = publish(kafka, SampleEvents.newId("rest"));
        }
        return published;
    }

    private static PortfolioSamples publish(ai.talent.service.testing.KafkaTestClient kafka, String suffix) {
        PortfolioSamples sample = PortfolioSamples.of(suffix);
        sample.projects().forEach(p -> kafka.send(new ProjectPosted(UUID.randomUUID().toString(), Instant.now(), p)));
        kafka.send(new FreelancerUpserted(UUID.randomUUID().toString(), Instant.now(), sample.freelancer()));
        sample.completed().forEach(kafka::send);
        await().atMost(TIMEOUT).untilAsserted(() -> given().contentType(ContentType.JSON)
                .body(request(sample.freelancer().id(), "ko", "json", null)).post("/v1/portfolios").then()
                .statusCode(200)
                .body("trackRecord.completed", equalTo(5))
                .body("caseStudies.title", hasItem("실시간 주문 데이터 파이프라인 구축")));
        return sample;
    }

    static String request(String id, String language, String format, String role) {
        return "{\"freelancerId\": \"" + id + "\", \"language\": \"" + language + "\", \"format\": \"" + format + "\""
                + (role == null ? "" : ", \"targetRole\": \"" + role + "\"") + "}";
    }

    private static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/v1/portfolios");
    }

    @Test
    void portfolioIsWrittenFromProfileAndCompletedWorkAndPublished() {
        PortfolioSamples sample = published(kafka);
        String id = sample.freelancer().id();
        String body = request(id, "ko", "json", "데이터 엔지니어");

        Response first = post(body);
        first.then().statusCode(200).contentType(ContentType.JSON)
                .body("headline", equalTo("김민지 | 파이썬·스파크·에어플로우 전문 프리랜서"))
                .body("profileOnly", equalTo(false))
                .body("trackRecord.successful", equalTo(3))
                .body("skills[1].evidence.title", hasItem("배치 ETL 데이터 파이프라인 재구축"))
                .body("caseStudies.size()", equalTo(3))
                .body("feedback[0].excerpt", containsString("꼼꼼하게 챙겨 주셨습니다"))
                .body("writtenBy", equalTo("template"));
        Response again = post(body);
        assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
        String eventId = first.header("Talent-Event-Id");
        assertThat(again.header("Talent-Event-Id")).isEqualTo(eventId);
        assertThat(first.header("Talent-Encoder")).as("the suite's encoder choice, fallen back on an empty registry")
                .isEqualTo("all-MiniLM-L6-v2 (fallback: encoder-domain-bilingual, encoder-bilingual, encoder-domain "
                        + "not in target/test-state/no-registry)");

        ConsumerRecord<String, String> published = kafka.awaitRecord(Topics.PORTFOLIOS,
                r -> eventId.equals(header(r, "ce_id")), TIMEOUT);
        assertThat(published.key()).isEqualTo(id);
        assertThat(header(published, "ce_type")).isEqualTo("ai.talent.portfolio.generated.v1");
        PortfolioGenerated event = codec.decode(published.value(), PortfolioGenerated.class);
        assertThat(event.language()).isEqualTo(Language.KO);
        assertThat(event.sections()).extracting(PortfolioSection::title)
                .containsExactly("소개", "핵심 역량", "대표 프로젝트", "고객 후기");
        assertThat(event.sections().get(2).sourceContractIds()).hasSize(3);
    }

    @Test
    void markdownAndHtmlRenderTheSamePortfolio() {
        PortfolioSamples sample = published(kafka);
        String id = sample.freelancer().id();
        post(request(id, "en", "markdown", null)).then().statusCode(200).contentType("text/markdown")
                .body(containsString("# 김민지 | Freelancer specialising in Python, Apache Spark and Apache Airflow"))
                .body(containsString("## Case studies"));
        post(request(id, "en", "html", null)).then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("&lt;b&gt;on schedule&lt;/b&gt;"));
    }

    @Test
    void freelancerWithoutCompletedWorkGetsAProfileOnlyPortfolio() {
        var freelancer = PortfolioSamples.of(SampleEvents.newId("new")).freelancer();
        kafka.send(new FreelancerUpserted(UUID.randomUUID().toString(), Instant.now(), freelancer));
        await().atMost(TIMEOUT).untilAsserted(() -> post(request(freelancer.id(), "en", "json", null)).then()
                .statusCode(200)
                .body("profileOnly", equalTo(true))
                .body("summary", containsString("drawn from the profile alone"))
                .body("caseStudies.size()", equalTo(0)));
    }

    @Test
    void openApiDescribesTheEndpointItsFormatsAndErrors() {
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/v1/portfolios'.post.requestBody.content.'application/json'.schema.$ref",
                        containsString("PortfolioRequest"))
                .body("paths.'/v1/portfolios'.post.responses.keySet()", org.hamcrest.Matchers.hasItems("200", "400",
                        "404", "413"))
                .body("paths.'/v1/portfolios'.post.responses.'200'.content.keySet()",
                        org.hamcrest.Matchers.hasItems("application/json", "text/markdown", "text/html"));
    }

    @Test
    void unknownFreelancerIsANotFoundProblem() {
        post(request("nobody-" + UUID.randomUUID(), "ko", "html", null)).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("No profile of freelancer nobody-"));
    }

    @Test
    void badRequestsGetProblemDetailsAndPublishNothing() {
        var freelancer = PortfolioSamples.of(SampleEvents.newId("bad")).freelancer();
        String id = freelancer.id();
        kafka.send(new FreelancerUpserted(UUID.randomUUID().toString(), Instant.now(), freelancer));
        await().atMost(TIMEOUT).untilAsserted(() -> post(request(id, "ko", "json", null)).then().statusCode(200));
        int before = kafka.readAll(Topics.PORTFOLIOS, r -> id.equals(r.key())).size();

        post(request(id, "ja", "json", null)).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("language"));
        post(request(id, "ko", "pdf", null)).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("format"));
        post("{\"language\": \"ko\", \"format\": \"json\"}").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("freelancerId"));
        post(request(" ", "ko", "json", null)).then().statusCode(400).body("errors.field", hasItem("freelancerId"));
        post(request(id, "ko", "json", "r".repeat(PortfolioRequest.MAX_ROLE_CHARS + 1))).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("targetRole"));
        post("{\"freelancerId\": \"" + id + "\", \"language\": \"ko\", \"format\": \"json\", \"padding\": \""
                + "x".repeat(10_000) + "\"}").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most 8192"));
        post("{\"freelancerId\": ").then().statusCode(400).contentType("application/problem+json");

        assertThat(kafka.readAll(Topics.PORTFOLIOS, r -> id.equals(r.key()))).hasSize(before);
        given().get("/v1/freelancers/{id}/portfolio", id).then().statusCode(404);
    }
}
