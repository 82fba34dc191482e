package ai.talent.search.props;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.testing.KafkaFlowTest;
import ai.talent.service.testing.SampleEvents;
import ai.talent.service.testing.StateDirTestResource;
import ai.talent.service.testing.fuzz.EventFuzzing;
import ai.talent.service.testing.fuzz.FuzzSamples;
import ai.talent.service.testing.fuzz.RestFuzz;
import ai.talent.service.testing.fuzz.RestFuzzing;
import ai.talent.service.testing.fuzz.RestFuzzing.Endpoint;
import ai.talent.service.testing.fuzz.TopicSamples;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Property-based tests (shared-service's {@code testing/fuzz} generators, fixed seed): generated requests to every
 * {@code /v1} read endpoint never get a 5xx and change nothing; generated records on both input topics never stop
 * the consumer or the catalog, and each one the intake refuses is in the topic's .dlq with a reason.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
class SearchPropertyTests extends KafkaFlowTest {

    private static final String SERVICE = "search-service";
    private static final Duration INDEXED = Duration.ofSeconds(60);

    private final String freelancer = SampleEvents.newId("f-prop");
    private final String project = SampleEvents.newId("p-prop");
    private final List<String> skills = List.of("react", "typescript");

    @Test
    void generatedRequestsGetProblemsNeverServerErrorsAndChangeNothing() {
        seedEntities();
        String valid = """
                {"q": "서울 React 개발자 5년 이상", "filters": {"skills": ["react"], "regions": ["SEOUL"],
                 "languages": ["ko"], "minRate": 10000, "maxRate": 90000, "minYears": 2, "minAvailability": 10,
                 "minRating": 3.5, "remote": true}, "page": 1, "size": 10, "sort": "relevance",
                 "facets": ["skills", "region"]}""";
        var size = RestFuzz.queryValue("1", "10", "50");
        new RestFuzzing(SERVICE).check(List.of(
                Endpoint.get("/v1/search", Map.of(), Map.ofEntries(
                        Map.entry("q", RestFuzz.queryValue("React 개발자", "시급 5만원 이하", "")),
                        Map.entry("page", RestFuzz.queryValue("1", "2", "1000")),
                        Map.entry("size", size),
                        Map.entry("sort", RestFuzz.queryValue("relevance", "rating", "rate_asc", "years")),
                        Map.entry("skills", RestFuzz.queryValue("react", "typescript,react")),
                        Map.entry("region", RestFuzz.queryValue("SEOUL", "BUSAN")),
                        Map.entry("language", RestFuzz.queryValue("ko", "en")),
                        Map.entry("minRate", RestFuzz.queryValue("0", "30000")),
                        Map.entry("maxRate", RestFuzz.queryValue("90000")),
                        Map.entry("minYears", RestFuzz.queryValue("1.5", "60")),
                        Map.entry("minAvailability", RestFuzz.queryValue("0", "40")),
                        Map.entry("minRating", RestFuzz.queryValue("4.5")),
                        Map.entry("remote", RestFuzz.queryValue("true", "false")),
                        Map.entry("facets", RestFuzz.queryValue("skills", "region,rate")),
                        Map.entry("mode", RestFuzz.queryValue("hybrid", "bm25", "dense")))),
                Endpoint.post("/v1/search", valid),
                Endpoint.get("/v1/suggest", Map.of(), Map.of("q", RestFuzz.queryValue("re", "리액"), "size", size)),
                Endpoint.get("/v1/freelancers/{id}/similar", Map.of("id", RestFuzz.pathSegment(freelancer)),
                        Map.of("size", size)),
                Endpoint.get("/v1/freelancers/{id}", Map.of("id", RestFuzz.pathSegment(freelancer)), Map.of()),
                Endpoint.get("/v1/projects/{id}", Map.of("id", RestFuzz.pathSegment(project)), Map.of()),
                Endpoint.get("/v1/index/rebuild", Map.of(), Map.of())),
                FuzzSamples.restTries(), () -> List.of(given().get("/v1/freelancers/{id}", freelancer).asString(),
                        given().get("/v1/projects/{id}", project).asString()));
    }

    @Test
    void generatedRecordsOnEveryInputTopicAreAppliedOrDeadLetteredAndNeverStopTheConsumer() {
        EventFuzzing fuzz = new EventFuzzing(kafka, registry, SERVICE);

        String f = SampleEvents.newId("f-sentinel");
        fuzz.check(Topics.FREELANCERS, samples(Topics.FREELANCERS), FuzzSamples.eventTries(),
                SampleEvents.freelancerUpserted(SampleEvents.freelancer(f, "React developer", 40_000,
                        List.of(new SkillLevel("react", 4, 5)))),
                () -> await().atMost(INDEXED).untilAsserted(() ->
                        given().get("/v1/freelancers/{id}", f).then().statusCode(200)));

        String p = SampleEvents.newId("p-sentinel");
        fuzz.check(Topics.PROJECTS, samples(Topics.PROJECTS), FuzzSamples.eventTries(),
                SampleEvents.projectPosted(SampleEvents.project(p, 50_000, List.of(new SkillRequirement("react", 3)))),
                () -> await().atMost(INDEXED).untilAsserted(() ->
                        given().get("/v1/projects/{id}", p).then().statusCode(200)));
    }

    private List<DomainEvent> samples(String topic) {
        return TopicSamples.of(topic, freelancer, project, "l-prop", skills);
    }

    private void seedEntities() {
        kafka.send(SampleEvents.freelancerUpserted(SampleEvents.freelancer(freelancer, "React 프런트엔드 개발자",
                45_000, List.of(new SkillLevel("react", 4, 5), new SkillLevel("typescript", 3, 3)))));
        kafka.send(SampleEvents.projectPosted(SampleEvents.project(project, 50_000,
                List.of(new SkillRequirement("react", 3)))));
        await().atMost(INDEXED).untilAsserted(() -> {
            given().get("/v1/freelancers/{id}", freelancer).then().statusCode(200);
            given().get("/v1/projects/{id}", project).then().statusCode(200);
        });
    }
}
