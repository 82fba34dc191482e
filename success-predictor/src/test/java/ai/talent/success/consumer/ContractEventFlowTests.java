package ai.talent.success.consumer;

import static ai.talent.service.testing.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.EventDecodingException;
import ai.talent.domain.event.EventIds;
import ai.talent.domain.event.EventType;
import ai.talent.domain.event.SuccessPredicted;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.ContractOutcome;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.event.ServiceDeadLetterQueue;
import ai.talent.service.testing.KafkaFlowTest;
import ai.talent.service.testing.SampleEvents;
import ai.talent.service.testing.StateDirTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import ai.talent.success.learning.Retrainer;
import ai.talent.success.state.StoreFeatureState;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The success predictor end to end through the real broker: awarded contracts in, predictions out, dead letters. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
class ContractEventFlowTests extends KafkaFlowTest {

    private final EventCodec codec = new EventCodec();

    @Inject
    Retrainer retrainer;

    @Inject
    StoreFeatureState features;

    @Test
    void awardedContractIsAnsweredWithAPredictionThatCompletionLabels() {
        String projectId = SampleEvents.newId("p");
        String freelancerId = SampleEvents.newId("f");
        givenKnown(projectId, freelancerId);

        ContractAwarded awarded = SampleEvents.contractAwarded(projectId, freelancerId, 45_000);
        kafka.send(awarded);

        ConsumerRecord<String, String> out = kafka.awaitRecord(Topics.SUCCESS_PREDICTIONS,
                r -> projectId.equals(r.key()), TIMEOUT);
        SuccessPredicted predicted = codec.decode(out.value(), SuccessPredicted.class);
        assertThat(predicted.freelancerId()).isEqualTo(freelancerId);
        assertThat(predicted.probability()).isBetween(0.0, 1.0);
        assertThat(predicted.lower()).isLessThanOrEqualTo(predicted.probability());
        assertThat(predicted.upper()).isGreaterThanOrEqualTo(predicted.probability());
        // the baseline until a learned model is promoted (another test of this JVM may have trained one)
        assertThat(predicted.modelVersion()).matches("baseline-logistic-1|v\\d+");
        assertThat(predicted.reasons()).isNotEmpty();
        assertThat(predicted.eventId())
                .isEqualTo(EventIds.derived("/talent-ai/success", EventType.SUCCESS_PREDICTED, awarded.eventId()));
        assertThat(header(out, "ce_id")).isEqualTo(predicted.eventId());
        assertThat(header(out, "ce_type")).isEqualTo("ai.talent.success.predicted.v1");
        assertThat(header(out, "ce_dataschema")).isEqualTo("urn:talent-ai:schema:ai.talent.success.predicted.v1");
        assertThat(header(out, "ce_source")).isEqualTo("/talent-ai/success");
        assertThat(header(out, "ce_specversion")).isEqualTo("1.0");

        kafka.send(SampleEvents.contractCompleted(awarded.contract().id(), projectId, freelancerId,
                ContractOutcome.COMPLETED_ON_TIME, 5));
        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/v1/projects/{id}/predictions", projectId).then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].prediction.eventId", equalTo(predicted.eventId()))
                .body("[0].succeeded", equalTo(true)));
        // the label is stored durably beside the input the prediction was made from, and the feature state moved
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(retrainer.labelledExamples())
                .anySatisfy(e -> {
                    assertThat(e.contractId()).isEqualTo(awarded.contract().id());
                    assertThat(e.succeeded()).isTrue();
                    assertThat(e.input().freelancer().id()).isEqualTo(freelancerId);
                }));
        await().atMost(TIMEOUT).untilAsserted(() -> {
            assertThat(features.trackRecord(freelancerId).finished()).isEqualTo(1);
            assertThat(features.trackRecord(freelancerId).successes()).isEqualTo(1);
            assertThat(features.workload(freelancerId).active()).isZero();
            assertThat(features.clientHistory("client-1").finished()).isPositive();
        });
    }

    @Test
    void awardForAProjectNobodyPostedIsRetriedThenDeadLetteredWithItsReason() {
        String projectId = SampleEvents.newId("p");
        kafka.send(SampleEvents.contractAwarded(projectId, SampleEvents.newId("f"), 45_000));
        ConsumerRecord<String, String> dead = kafka.awaitRecord(Topics.CONTRACTS + ".dlq",
                r -> projectId.equals(r.key()), TIMEOUT);
        assertThat(header(dead, "dead-letter-reason")).contains("unknown project").contains(projectId);
        assertThat(kafka.readAll(Topics.SUCCESS_PREDICTIONS, r -> projectId.equals(r.key()))).isEmpty();
    }

    @Test
    void redeliveredEventChangesNothing() {
        String projectId = SampleEvents.newId("p");
        String freelancerId = SampleEvents.newId("f");
        givenKnown(projectId, freelancerId);
        ContractAwarded awarded = SampleEvents.contractAwarded(projectId, freelancerId, 45_000);
        kafka.send(awarded);
        kafka.awaitRecord(Topics.SUCCESS_PREDICTIONS, r -> projectId.equals(r.key()), TIMEOUT);

        double duplicates = registry.counter("talent.events.duplicates", "topic", Topics.CONTRACTS).count();
        kafka.send(awarded);
        await().atMost(TIMEOUT).until(() ->
                registry.counter("talent.events.duplicates", "topic", Topics.CONTRACTS).count() >= duplicates + 1);

        assertThat(kafka.readAll(Topics.SUCCESS_PREDICTIONS, r -> projectId.equals(r.key()))).hasSize(1);
        // The keyed state reads the prediction back from its topic, a moment after it was published.
        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/v1/projects/{id}/predictions", projectId).then()
                .statusCode(200).body("size()", equalTo(1)));
    }

    @Test
    void malformedRecordsGoToTheDeadLetterTopicAndTheNextRecordIsProcessed() {
        String projectId = SampleEvents.newId("p");
        String freelancerId = SampleEvents.newId("f");
        String completed = codec.encode(SampleEvents.contractCompleted("c-1", projectId, freelancerId,
                ContractOutcome.COMPLETED_LATE, 4));
        String ratedSeven = completed.replace("\"clientRating\":4", "\"clientRating\":7");
        assertThat(ratedSeven).isNotEqualTo(completed);
        givenKnown(projectId, freelancerId);
        kafka.send(Topics.CONTRACTS, projectId, "not json at all", Map.of());
        kafka.send(Topics.CONTRACTS, projectId, ratedSeven, Map.of());
        kafka.send(SampleEvents.contractAwarded(projectId, freelancerId, 45_000));

        ConsumerRecord<String, String> notJson = kafka.awaitRecord(Topics.CONTRACTS + ".dlq",
                r -> projectId.equals(r.key()) && r.value().equals("not json at all"), TIMEOUT);
        assertThat(header(notJson, "dead-letter-reason")).contains("not valid JSON");
        assertThat(header(notJson, ServiceDeadLetterQueue.SERVICE)).isEqualTo("success-predictor");
        assertThat(header(notJson, ServiceDeadLetterQueue.EXCEPTION_CLASS))
                .isEqualTo(EventDecodingException.class.getName());
        assertThat(header(notJson, "dead-letter-topic")).isEqualTo(Topics.CONTRACTS);
        assertThat(Integer.parseInt(header(notJson, "dead-letter-partition"))).isNotNegative();
        assertThat(Long.parseLong(header(notJson, "dead-letter-offset"))).isNotNegative();
        ConsumerRecord<String, String> outOfRange = kafka.awaitRecord(Topics.CONTRACTS + ".dlq",
                r -> projectId.equals(r.key()) && r.value().equals(ratedSeven), TIMEOUT);
        assertThat(header(outOfRange, "dead-letter-reason")).contains("clientRating").contains("7");

        kafka.awaitRecord(Topics.SUCCESS_PREDICTIONS, r -> projectId.equals(r.key()), TIMEOUT);
    }

    /** Publishes a strong freelancer and a project they fit, and waits until the service holds both. */
    private void givenKnown(String projectId, String freelancerId) {
        kafka.send(SampleEvents.freelancerUpserted(SampleEvents.freelancer(freelancerId, "Java developer", 45_000,
                List.of(new SkillLevel("java", 4, 6), new SkillLevel("spring-boot", 4, 5)))));
        kafka.send(SampleEvents.projectPosted(SampleEvents.project(projectId, 50_000,
                List.of(new SkillRequirement("java", 3), new SkillRequirement("spring-boot", 3)))));
        String body = "{\"projectId\":\"" + projectId + "\",\"freelancerId\":\"" + freelancerId
                + "\",\"agreedRateKrw\":45000}";
        await().atMost(TIMEOUT).untilAsserted(() -> given().contentType(ContentType.JSON).body(body)
                .post("/v1/predictions").then().statusCode(200));
    }
}
