package ai.talent.tutoring.consumer;

import static ai.talent.service.testing.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.EventDecodingException;
import ai.talent.domain.event.EventIds;
import ai.talent.domain.event.EventType;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.LearningAttempted;
import ai.talent.domain.event.LearningPathUpdated;
import ai.talent.domain.event.NextStep;
import ai.talent.domain.event.PortfolioGenerated;
import ai.talent.domain.event.PortfolioSection;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.ContractOutcome;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Language;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.event.ServiceDeadLetterQueue;
import ai.talent.service.testing.KafkaFlowTest;
import ai.talent.service.testing.SampleEvents;
import ai.talent.service.testing.StateDirTestResource;
import ai.talent.tutoring.tracing.TinyModelTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Tutoring end to end through the real broker: attempts and completions in, paths and portfolios out. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
@QuarkusTestResource(TinyModelTestResource.class)
class TutoringEventFlowTests extends KafkaFlowTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void attemptsAreTracedAndAnsweredWithALearningPath() {
        String learner = SampleEvents.newId("l");
        String wrongExercise = SampleEvents.newId("ex");
        List<LearningAttempted> sent = List.of(
                SampleEvents.attempt(learner, wrongExercise, List.of("react"), false),
                SampleEvents.attempt(learner, SampleEvents.newId("ex"), List.of("react"), true),
                SampleEvents.attempt(learner, wrongExercise, List.of("react"), false));
        sent.forEach(kafka::send);

        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/v1/learners/{id}/mastery", learner).then()
                .statusCode(200).body("attempts", equalTo(3)));
        // a path event whenever the path changed: the first attempt always makes one (committed with the store
        // update's transaction, which a store read may see a moment before)
        await().atMost(TIMEOUT).until(() ->
                !kafka.readAll(Topics.LEARNING_PATHS, r -> learner.equals(r.key())).isEmpty());
        List<ConsumerRecord<String, String>> paths = kafka.readAll(Topics.LEARNING_PATHS, r -> learner.equals(r.key()));
        assertThat(paths).hasSizeBetween(1, 3);
        given().get("/v1/learners/{id}/path", learner).then().statusCode(200).body("attempts", equalTo(3));
        ConsumerRecord<String, String> latest = paths.getLast();
        LearningPathUpdated path = codec.decode(latest.value(), LearningPathUpdated.class);
        assertThat(path.mastery()).singleElement().satisfies(m -> {
            assertThat(m.skillId()).isEqualTo("react");
            assertThat(m.mastery()).isStrictlyBetween(0.0, 1.0);
        });
        assertThat(path.nextSteps()).extracting(NextStep::skillId).contains("react");
        assertThat(header(latest, "ce_type")).isEqualTo("ai.talent.learning-path.updated.v1");
        assertThat(header(latest, "ce_source")).isEqualTo("/talent-ai/tutoring");
        assertThat(header(latest, "ce_id")).isEqualTo(path.eventId())
                .isIn(sent.stream().map(a -> EventIds.derived("/talent-ai/tutoring", EventType.LEARNING_PATH_UPDATED,
                        a.eventId())).toList());
    }

    @Test
    void completedContractIsAnsweredWithAPortfolio() {
        String freelancerId = SampleEvents.newId("f");
        FreelancerUpserted profile = SampleEvents.freelancerUpserted(new Freelancer(freelancerId, "박디자인",
                "UI/UX 디자이너", "핀테크 앱 디자인 6년", Language.KO, List.of(new SkillLevel("figma", 5, 6)),
                Money.krw(40_000), Region.BUSAN, true, List.of("ko"), 30, 4.8, 20, 15));
        kafka.send(profile);
        ContractAwarded awarded = SampleEvents.contractAwarded(SampleEvents.newId("p"), freelancerId, 40_000);
        kafka.send(awarded);
        ContractCompleted completed = SampleEvents.contractCompleted(awarded.contract().id(),
                awarded.contract().projectId(), freelancerId, ContractOutcome.COMPLETED_ON_TIME, 5);
        kafka.send(completed);

        // The profile and the contracts travel on different topics; whichever comes last, the portfolio shows both.
        ConsumerRecord<String, String> out = kafka.awaitRecord(Topics.PORTFOLIOS,
                r -> freelancerId.equals(r.key()) && r.value().contains("소개"), TIMEOUT);
        PortfolioGenerated portfolio = codec.decode(out.value(), PortfolioGenerated.class);
        assertThat(portfolio.language()).isEqualTo(Language.KO);
        assertThat(portfolio.sections()).extracting(PortfolioSection::title).contains("소개", "프로젝트 실적");
        assertThat(portfolio.sections()).anyMatch(s -> s.sourceContractIds().contains(awarded.contract().id()));
        assertThat(header(out, "ce_type")).isEqualTo("ai.talent.portfolio.generated.v1");
        assertThat(header(out, "ce_id")).isEqualTo(portfolio.eventId());
        // The last of the two inputs (profile or completion) caused the final portfolio.
        assertThat(portfolio.eventId()).isIn(
                EventIds.derived("/talent-ai/tutoring", EventType.PORTFOLIO_GENERATED, completed.eventId()),
                EventIds.derived("/talent-ai/tutoring", EventType.PORTFOLIO_GENERATED, profile.eventId()));

        given().get("/v1/freelancers/{id}/portfolio", freelancerId).then().statusCode(200)
                .body("eventId", equalTo(portfolio.eventId()));
    }

    @Test
    void redeliveredEventChangesNothing() {
        String learner = SampleEvents.newId("l");
        LearningAttempted attempt = SampleEvents.attempt(learner, SampleEvents.newId("ex"), List.of("python"), true);
        kafka.send(attempt);
        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/v1/learners/{id}/path", learner).then()
                .statusCode(200).body("attempts", equalTo(1)));
        double mastery = given().get("/v1/learners/{id}/path", learner).jsonPath().getDouble("skills[0].mastery");

        double duplicates = registry.counter("talent.events.duplicates", "topic", Topics.LEARNING_EVENTS).count();
        kafka.send(attempt);
        await().atMost(TIMEOUT).until(() ->
                registry.counter("talent.events.duplicates", "topic", Topics.LEARNING_EVENTS).count() >= duplicates + 1);

        given().get("/v1/learners/{id}/path", learner).then().statusCode(200)
                .body("attempts", equalTo(1))
                .body("skills[0].mastery", equalTo((float) mastery));
        assertThat(kafka.readAll(Topics.LEARNING_PATHS, r -> learner.equals(r.key()))).hasSize(1);
    }

    @Test
    void malformedRecordsGoToTheDeadLetterTopicAndTheNextRecordIsProcessed() {
        String learner = SampleEvents.newId("l");
        String valid = codec.encode(SampleEvents.attempt(learner, "ex-1", List.of("sql"), false));
        String noSkills = valid.replace("\"skillIds\":[\"sql\"]", "\"skillIds\":[]");
        assertThat(noSkills).isNotEqualTo(valid);
        kafka.send(Topics.LEARNING_EVENTS, learner, "{", Map.of());
        kafka.send(Topics.LEARNING_EVENTS, learner, noSkills, Map.of());
        kafka.send(Topics.LEARNING_EVENTS, learner, valid, Map.of());

        List<ConsumerRecord<String, String>> dead = awaitDeadLetters(learner, 2);
        assertThat(header(dead.get(0), "dead-letter-reason")).contains("not valid JSON");
        assertThat(header(dead.get(1), "dead-letter-reason")).contains("skillIds");
        assertThat(dead).allSatisfy(r -> {
            assertThat(header(r, "dead-letter-topic")).isEqualTo(Topics.LEARNING_EVENTS);
            assertThat(header(r, ServiceDeadLetterQueue.SERVICE)).isEqualTo("tutoring-service");
            assertThat(header(r, ServiceDeadLetterQueue.EXCEPTION_CLASS))
                    .isEqualTo(EventDecodingException.class.getName());
            assertThat(Integer.parseInt(header(r, "dead-letter-partition"))).isNotNegative();
            assertThat(Long.parseLong(header(r, "dead-letter-offset"))).isNotNegative();
        });

        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/v1/learners/{id}/path", learner).then()
                .statusCode(200).body("attempts", equalTo(1)));
    }

    private List<ConsumerRecord<String, String>> awaitDeadLetters(String key, int count) {
        await().atMost(TIMEOUT).until(() ->
                kafka.readAll(Topics.LEARNING_EVENTS + ".dlq", r -> key.equals(r.key())).size() >= count);
        return kafka.readAll(Topics.LEARNING_EVENTS + ".dlq", r -> key.equals(r.key())).stream()
                .sorted(Comparator.comparingLong(r -> Long.parseLong(header(r, "dead-letter-offset"))))
                .toList();
    }
}
