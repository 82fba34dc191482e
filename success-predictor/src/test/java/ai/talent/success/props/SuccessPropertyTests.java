package ai.talent.success.props;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.DomainEvent;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Property-based tests (shared-service's {@code testing/fuzz} generators, fixed seed): generated requests to every
 * {@code /v1} endpoint never get a 5xx and change nothing (no prediction recorded, no model promoted); generated
 * records on every input topic never stop the consumer, and each one the intake refuses is in the topic's .dlq with
 * a reason.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
class SuccessPropertyTests extends KafkaFlowTest {

    private static final String SERVICE = "success-predictor";

    private final String freelancer = SampleEvents.newId("f-prop");
    private final String project = SampleEvents.newId("p-prop");
    private final List<String> skills = List.of("java", "spring");

    @Test
    void generatedRequestsGetProblemsNeverServerErrorsAndChangeNothing() {
        seedEntities();
        String known = "{\"freelancerId\": \"%s\", \"projectId\": \"%s\", \"agreedRateKrw\": 45000, \"language\": \"ko\"}"
                .formatted(freelancer, project);
        String described = """
                {"freelancerId": "%s", "language": "en",
                 "project": {"clientId": "client-1", "title": "Shop", "description": "Java shop back end",
                             "language": "EN", "requiredSkills": [{"skillId": "java", "minLevel": 3}],
                             "niceToHaveSkills": [{"skillId": "spring", "minLevel": 2}], "budgetType": "HOURLY",
                             "budget": {"amount": 50000, "currency": "KRW"}, "durationWeeks": 6,
                             "deadline": "2027-03-01", "region": "SEOUL", "remote": true},
                 "agreedRate": {"amount": 45000, "currency": "KRW"}}""".formatted(freelancer);
        String batch = "{\"requests\": [" + known + ", " + described + "], \"reasons\": true}";
        var answered = new RestFuzzing(SERVICE).check(List.of(
                Endpoint.post("/v1/predictions", known),
                Endpoint.post("/v1/predictions", described),
                Endpoint.post("/v1/predictions/batch", batch),
                Endpoint.get("/v1/projects/{id}/predictions", Map.of("id", RestFuzz.pathSegment(project)), Map.of()),
                Endpoint.get("/v1/predictions/quality", Map.of(), Map.of()),
                Endpoint.get("/v1/models", Map.of(), Map.of()),
                // Generated versions only (never one that exists): promoting a real one is a change, not a rejection.
                Endpoint.post("/v1/models/{version}/promote", Map.of("version", RestFuzz.pathSegment("no-such-model")))),
                FuzzSamples.restTries(), () -> List.of(given().get("/v1/models").asString(),
                        given().get("/v1/predictions/quality").asString(),
                        given().get("/v1/projects/{id}/predictions", project).asString()));
        org.assertj.core.api.Assertions.assertThat(answered).as("some generated requests are valid and answered")
                .anyMatch(a -> a.getValue() == 200);
    }

    @Test
    void generatedRecordsOnEveryInputTopicAreAppliedOrDeadLetteredAndNeverStopTheConsumer() {
        EventFuzzing fuzz = new EventFuzzing(kafka, registry, SERVICE);
        seedEntities();

        String f = SampleEvents.newId("f-sentinel");
        fuzz.check(Topics.FREELANCERS, samples(Topics.FREELANCERS), FuzzSamples.eventTries(),
                SampleEvents.freelancerUpserted(SampleEvents.freelancer(f, "Java developer", 40_000,
                        List.of(new SkillLevel("java", 4, 5)))),
                () -> awaitPredictable(f, project));

        String p = SampleEvents.newId("p-sentinel");
        fuzz.check(Topics.PROJECTS, samples(Topics.PROJECTS), FuzzSamples.eventTries(),
                SampleEvents.projectPosted(SampleEvents.project(p, 50_000, List.of(new SkillRequirement("java", 3)))),
                () -> awaitPredictable(f, p));

    }

    /**
     * Besides the topic's samples about known entities, the generator also mutates awards that can never be answered
     * (a freelancer nobody upserted, a project nobody posted): the intake must dead-letter those promptly once the
     * catalogs have read their topics past the award, so the valid award behind them is still answered in time.
     */
    @Test
    void generatedContractRecordsAreAppliedOrDeadLetteredAndNeverStopTheConsumer() {
        EventFuzzing fuzz = new EventFuzzing(kafka, registry, SERVICE);
        seedEntities();
        String f = freelancer;
        String awardedProject = SampleEvents.newId("p-awarded");
        kafka.send(SampleEvents.projectPosted(SampleEvents.project(awardedProject, 50_000,
                List.of(new SkillRequirement("java", 3)))));
        // The freelancers fuzz may have deleted the samples' freelancer (a valid freelancer.deleted): award the sentinel's.
        awaitPredictable(f, awardedProject);
        Instant now = Instant.now();
        List<DomainEvent> samples = new ArrayList<>(samples(Topics.CONTRACTS));
        Instant t = Instant.parse("2026-11-01T09:30:00Z");
        samples.add(new ContractAwarded("e", t, new Contract("k-nobody", project, SampleEvents.newId("f-nobody"),
                "client-1", Money.krw(50_000), t)));
        samples.add(new ContractAwarded("e", t, new Contract("k-nowhere", SampleEvents.newId("p-nowhere"), freelancer,
                "client-1", Money.krw(50_000), t)));
        fuzz.check(Topics.CONTRACTS, samples, FuzzSamples.eventTries(),
                new ContractAwarded(SampleEvents.newId("e"), now, new Contract(SampleEvents.newId("k"),
                        awardedProject, f, "client-1", Money.krw(45_000), now)),
                () -> kafka.awaitRecord(Topics.SUCCESS_PREDICTIONS, r -> awardedProject.equals(r.key()), TIMEOUT));
    }

    private List<DomainEvent> samples(String topic) {
        return TopicSamples.of(topic, freelancer, project, "l-prop", skills);
    }

    private void seedEntities() {
        kafka.send(SampleEvents.freelancerUpserted(SampleEvents.freelancer(freelancer, "Java backend developer",
                45_000, List.of(new SkillLevel("java", 4, 5), new SkillLevel("spring", 3, 3)))));
        kafka.send(SampleEvents.projectPosted(SampleEvents.project(project, 50_000,
                List.of(new SkillRequirement("java", 3)))));
        awaitPredictable(freelancer, project);
    }

    /** Both entities are in the catalogs: a prediction for the pair answers. */
    private void awaitPredictable(String freelancerId, String projectId) {
        String body = "{\"freelancerId\": \"%s\", \"projectId\": \"%s\"}".formatted(freelancerId, projectId);
        await().atMost(TIMEOUT).untilAsserted(() -> given().contentType("application/json").body(body)
                .post("/v1/predictions").then().statusCode(200));
    }
}
