package ai.talent.matching.props;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.MatchRecommended;
import ai.talent.domain.event.RankedFreelancer;
import ai.talent.domain.event.SuccessPredicted;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.Contract;
import ai.talent.domain.model.Money;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Property-based tests (shared-service's {@code testing/fuzz} generators, fixed seed): generated requests to every
 * {@code /v1} endpoint never get a 5xx and change nothing; generated records on every input topic (its own
 * recommendations read back included) never stop the consumer and each one the intake refuses is in the topic's
 * .dlq with a reason.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
class MatchingPropertyTests extends KafkaFlowTest {

    private static final String SERVICE = "matching-service";

    private final String freelancer = SampleEvents.newId("f-prop");
    private final String project = SampleEvents.newId("p-prop");
    private final List<String> skills = List.of("java-prop", "spring-prop");

    @Test
    void generatedRequestsGetProblemsNeverServerErrorsAndChangeNothing() {
        seedEntities();
        String valid = """
                {"projectId": null, "title": "Payments API", "description": "Java and Spring work",
                 "requiredSkills": [{"skillId": "%s", "minLevel": 3}], "niceToHaveSkills": [{"skillId": "%s",
                 "minLevel": 2}], "budgetType": "HOURLY", "budgetKrw": 50000, "durationWeeks": 4,
                 "minHoursPerWeek": 20, "regions": ["SEOUL"], "maxHourlyRateKrw": 60000, "limit": 10}"""
                .formatted(skills.get(0), skills.get(1));
        var limit = Map.of("limit", RestFuzz.queryValue("1", "10", "100"));
        new RestFuzzing(SERVICE).check(List.of(
                Endpoint.post("/v1/matches", valid),
                Endpoint.get("/v1/projects/{id}/matches", Map.of("id", RestFuzz.pathSegment(project)), limit),
                Endpoint.get("/v1/freelancers/{id}/projects", Map.of("id", RestFuzz.pathSegment(freelancer)), limit),
                Endpoint.get("/v1/freelancers/{id}", Map.of("id", RestFuzz.pathSegment(freelancer)), Map.of()),
                Endpoint.get("/v1/freelancers/{id}/exposure", Map.of("id", RestFuzz.pathSegment(freelancer)),
                        Map.of()),
                Endpoint.get("/v1/projects/{id}", Map.of("id", RestFuzz.pathSegment(project)), Map.of())),
                FuzzSamples.restTries(), () -> List.of(given().get("/v1/freelancers/{id}", freelancer).asString(),
                        given().get("/v1/projects/{id}", project).asString()));
    }

    @Test
    void generatedRecordsOnEveryInputTopicAreAppliedOrDeadLetteredAndNeverStopTheConsumer() {
        EventFuzzing fuzz = new EventFuzzing(kafka, registry, SERVICE);

        String f = SampleEvents.newId("f-sentinel");
        fuzz.check(Topics.FREELANCERS, samples(Topics.FREELANCERS), FuzzSamples.eventTries(),
                SampleEvents.freelancerUpserted(SampleEvents.freelancer(f, "Java developer", 40_000,
                        List.of(new SkillLevel(skills.get(0), 4, 5)))),
                () -> await().atMost(TIMEOUT).untilAsserted(() ->
                        given().get("/v1/freelancers/{id}", f).then().statusCode(200)));

        String p = SampleEvents.newId("p-sentinel");
        fuzz.check(Topics.PROJECTS, samples(Topics.PROJECTS), FuzzSamples.eventTries(),
                SampleEvents.projectPosted(SampleEvents.project(p, 50_000,
                        List.of(new SkillRequirement(skills.get(0), 3)))),
                () -> kafka.awaitRecord(Topics.MATCH_RECOMMENDATIONS, r -> p.equals(r.key()), TIMEOUT));

        seedEntities();
        Instant now = Instant.now();
        fuzz.check(Topics.CONTRACTS, samples(Topics.CONTRACTS), FuzzSamples.eventTries(),
                new ContractAwarded(SampleEvents.newId("e"), now, new Contract(SampleEvents.newId("k"), project,
                        freelancer, "client-1", Money.krw(45_000), now)),
                () -> await().atMost(TIMEOUT).untilAsserted(() -> given().get("/v1/projects/{id}", project).then()
                        .statusCode(200).body("hires.freelancerId", org.hamcrest.Matchers.hasItem(freelancer))));

        fuzz.check(Topics.SUCCESS_PREDICTIONS, samples(Topics.SUCCESS_PREDICTIONS), FuzzSamples.eventTries(),
                new SuccessPredicted(SampleEvents.newId("e"), now, project, freelancer, 0.77, 0.6, 0.9, 0.05,
                        "success-9", List.of()),
                () -> await().atMost(TIMEOUT).untilAsserted(() -> assertThat(given()
                        .get("/v1/projects/{id}", project).then().statusCode(200).extract().jsonPath()
                        .getList("predictions.modelVersion")).contains("success-9")));

        // Its own recommendations, read back: the consumer group dead-letters what the exposure window's follower
        // skips, and the window still counts the valid list after them.
        String exposed = SampleEvents.newId("f-exposed");
        fuzz.check(Topics.MATCH_RECOMMENDATIONS, List.of(recommendation(project, freelancer)),
                FuzzSamples.eventTries(), recommendation(SampleEvents.newId("p-listed"), exposed),
                () -> await().atMost(TIMEOUT).untilAsserted(() -> given().get("/v1/freelancers/{id}/exposure",
                        exposed).then().statusCode(200).body("appearances", org.hamcrest.Matchers.equalTo(1))));
    }

    private static MatchRecommended recommendation(String projectId, String freelancerId) {
        return new MatchRecommended(SampleEvents.newId("e"), Instant.now(), projectId, "default-1",
                List.of(new RankedFreelancer(freelancerId, 0.9, 1, List.of("holds 1 of 1 required skills"))));
    }

    private List<ai.talent.domain.event.DomainEvent> samples(String topic) {
        return TopicSamples.of(topic, freelancer, project, "l-prop", skills);
    }

    private void seedEntities() {
        kafka.send(SampleEvents.freelancerUpserted(SampleEvents.freelancer(freelancer, "Java backend developer",
                45_000, List.of(new SkillLevel(skills.get(0), 4, 5), new SkillLevel(skills.get(1), 3, 3)))));
        kafka.send(SampleEvents.projectPosted(SampleEvents.project(project, 50_000,
                List.of(new SkillRequirement(skills.get(0), 3)))));
        await().atMost(TIMEOUT).untilAsserted(() -> {
            given().get("/v1/freelancers/{id}", freelancer).then().statusCode(200);
            given().get("/v1/projects/{id}", project).then().statusCode(200);
        });
    }
}
