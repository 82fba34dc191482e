package ai.talent.tutoring.props;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.ContractOutcome;
import ai.talent.domain.model.SkillLevel;
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
import ai.talent.tutoring.tracing.TinyModelTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Property-based tests (shared-service's {@code testing/fuzz} generators, fixed seed): generated requests to every
 * {@code /v1} endpoint never get a 5xx and change nothing (a portfolio is published only for a request that was
 * answered); generated records on every input topic never stop the consumer or the topology, and each one the
 * intake refuses is in the topic's .dlq with a reason.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
@QuarkusTestResource(TinyModelTestResource.class)
class TutoringPropertyTests extends KafkaFlowTest {

    private static final String SERVICE = "tutoring-service";

    private final String freelancer = SampleEvents.newId("f-prop");
    private final String project = SampleEvents.newId("p-prop");
    private final String learner = SampleEvents.newId("l-prop");
    private final List<String> skills = List.of("react", "typescript");

    @Test
    void generatedRequestsGetProblemsNeverServerErrorsAndChangeNothing() {
        seedEntities();
        var learnerId = Map.of("id", RestFuzz.pathSegment(learner));
        String preview = """
                {"answers": [{"exerciseId": "e1", "skillIds": ["react"], "correct": false},
                             {"exerciseId": "e2", "skillIds": ["react", "typescript"], "correct": true}]}""";
        String portfolio = """
                {"freelancerId": "%s", "language": "ko", "format": "json", "targetRole": "프런트엔드 개발자"}"""
                .formatted(freelancer);
        int portfoliosBefore = portfolios();
        var answered = new RestFuzzing(SERVICE).check(List.of(
                Endpoint.get("/v1/learners/{id}/mastery", learnerId, Map.of()),
                Endpoint.get("/v1/learners/{id}/next-exercises", learnerId, Map.of(
                        "min", RestFuzz.queryValue("0.5", "0"), "max", RestFuzz.queryValue("0.9", "1"),
                        "limit", RestFuzz.queryValue("1", "10", "50"))),
                Endpoint.get("/v1/learners/{id}/learning-path", learnerId,
                        Map.of("goal", RestFuzz.queryValue("react", "typescript", "frontend"))),
                Endpoint.get("/v1/learners/{id}/path", learnerId, Map.of()),
                Endpoint.post("/v1/learning-paths/preview", preview),
                Endpoint.get("/v1/freelancers/{id}/portfolio", Map.of("id", RestFuzz.pathSegment(freelancer)),
                        Map.of()),
                Endpoint.post("/v1/portfolios", portfolio)),
                FuzzSamples.restTries(), () -> List.of(given().get("/v1/learners/{id}/mastery", learner).asString(),
                        given().get("/v1/learners/{id}/path", learner).asString()));
        long written = answered.stream()
                .filter(a -> a.getKey().endpoint().path().equals("/v1/portfolios") && a.getValue() == 200)
                .count();
        // A portfolio is published for each request that got one, and for nothing that was refused.
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(portfolios() - portfoliosBefore)
                .as("portfolio.generated events for %s", freelancer).isEqualTo((int) written));
    }

    @Test
    void generatedRecordsOnEveryInputTopicAreAppliedOrDeadLetteredAndNeverStopTheConsumer() {
        EventFuzzing fuzz = new EventFuzzing(kafka, registry, SERVICE);
        seedEntities();

        String f = SampleEvents.newId("f-sentinel");
        fuzz.check(Topics.FREELANCERS, samples(Topics.FREELANCERS), FuzzSamples.eventTries(),
                SampleEvents.freelancerUpserted(SampleEvents.freelancer(f, "React developer", 40_000,
                        List.of(new SkillLevel("react", 4, 5)))),
                () -> await().atMost(TIMEOUT).untilAsserted(() -> given().contentType("application/json")
                        .body("{\"freelancerId\": \"" + f + "\", \"language\": \"en\", \"format\": \"json\"}")
                        .post("/v1/portfolios").then().statusCode(200)));

        // The freelancers fuzz may have deleted the samples' freelancer (a valid freelancer.deleted): publish it again.
        seedEntities();
        String completedProject = SampleEvents.newId("p-done");
        ContractAwarded awarded = SampleEvents.contractAwarded(completedProject, freelancer, 45_000);
        kafka.send(awarded);
        ContractCompleted completed = SampleEvents.contractCompleted(awarded.contract().id(), completedProject,
                freelancer, ContractOutcome.COMPLETED_ON_TIME, 5);
        fuzz.check(Topics.CONTRACTS, samples(Topics.CONTRACTS), FuzzSamples.eventTries(), completed,
                () -> await().atMost(TIMEOUT).untilAsserted(() -> assertThat(given()
                        .get("/v1/freelancers/{id}/portfolio", freelancer).then().statusCode(200).extract().asString())
                        .contains(awarded.contract().id())));

        // The sentinel's exercise is new: an id another test class taught the model with other skills (ex-1 trains
        // sql in a trained model) would dead-letter it; and its effect is the learner's traced attempt, since an
        // unknown learner's mastery answers 200 too.
        String l = SampleEvents.newId("l-sentinel");
        fuzz.check(Topics.LEARNING_EVENTS, samples(Topics.LEARNING_EVENTS), FuzzSamples.eventTries(),
                SampleEvents.attempt(l, SampleEvents.newId("ex-sentinel"), List.of("react"), true),
                () -> await().atMost(TIMEOUT).untilAsserted(() -> assertThat(given()
                        .get("/v1/learners/{id}/mastery", l).then().statusCode(200).extract().<Integer>path("attempts"))
                        .isEqualTo(1)));
    }

    private List<DomainEvent> samples(String topic) {
        return TopicSamples.of(topic, freelancer, project, learner, skills);
    }

    private int portfolios() {
        return kafka.readAll(Topics.PORTFOLIOS, r -> freelancer.equals(r.key())).size();
    }

    private void seedEntities() {
        kafka.send(SampleEvents.freelancerUpserted(SampleEvents.freelancer(freelancer, "React 프런트엔드 개발자",
                45_000, List.of(new SkillLevel("react", 4, 5), new SkillLevel("typescript", 3, 3)))));
        kafka.send(SampleEvents.attempt(learner, "ex-1", List.of("react"), true));
        await().atMost(TIMEOUT).untilAsserted(() -> {
            given().get("/v1/learners/{id}/mastery", learner).then().statusCode(200);
            given().contentType("application/json")
                    .body("{\"freelancerId\": \"" + freelancer + "\", \"language\": \"en\", \"format\": \"json\"}")
                    .post("/v1/portfolios").then().statusCode(200);
        });
    }
}
