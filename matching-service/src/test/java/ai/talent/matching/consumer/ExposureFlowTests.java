package ai.talent.matching.consumer;

import static ai.talent.service.testing.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.MatchRecommended;
import ai.talent.domain.event.RankedFreelancer;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.matching.exposure.RecommendedList;
import ai.talent.service.event.ServiceDeadLetterQueue;
import ai.talent.service.state.catalog.Catalog;
import ai.talent.service.testing.KafkaFlowTest;
import ai.talent.service.testing.SampleEvents;
import ai.talent.service.testing.StateDirTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The exposure cap's counts come from the service's own recommendations topic, through the real broker: every
 * {@code match.recommended} on it counts once per project (a redelivery or a second answer to the same project
 * does not count again), the cap then keeps the freelancer out of the next rankings, and a malformed record on the
 * topic is dead-lettered and counts nothing. Restart and a second replica: {@code MatchingStateIT}.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
class ExposureFlowTests extends KafkaFlowTest {

    /** The test profile's cap: 2 % of the last 500 lists. */
    private static final int MAX_APPEARANCES = 10;

    private final EventCodec codec = new EventCodec();
    private final String run = SampleEvents.newId("x");

    @Inject
    Catalog<RecommendedList> window;

    @Test
    void recommendationsOnTheTopicCountOncePerProjectAndCapTheNextRanking() throws Exception {
        String star = SampleEvents.newId("f-star");
        String runnerUp = SampleEvents.newId("f-runner-up");
        String skill = "elixir-" + run;
        kafka.sendAll(List.of(
                SampleEvents.freelancerUpserted(SampleEvents.freelancer(star, "Elixir engineer", 40_000,
                        List.of(new SkillLevel(skill, 5, 9)))),
                SampleEvents.freelancerUpserted(SampleEvents.freelancer(runnerUp, "Elixir developer", 40_000,
                        List.of(new SkillLevel(skill, 3, 2))))));
        String request = "{\"requiredSkills\": [{\"skillId\": \"" + skill + "\", \"minLevel\": 3}],"
                + " \"budgetType\": \"HOURLY\", \"budgetKrw\": 50000, \"durationWeeks\": 4, \"limit\": 100}";
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(matched(request)).startsWith(star, runnerUp));

        MatchRecommended first = recommendation("p-" + run + "-0", star);
        kafka.send(first);
        for (int i = 1; i < MAX_APPEARANCES - 1; i++) {
            kafka.send(recommendation("p-" + run + "-" + i, star));
        }
        // A redelivery of one list, and a second answer to the same project: neither counts again.
        kafka.send(first);
        kafka.send(recommendation(first.projectId(), star));
        awaitWindowCurrent();
        assertThat(exposure(star).getInt("appearances")).isEqualTo(MAX_APPEARANCES - 1);
        assertThat(exposure(star).getBoolean("mayBeRecommended")).isTrue();
        assertThat(matched(request)).startsWith(star);

        kafka.send(recommendation("p-" + run + "-last", star));
        awaitWindowCurrent();
        JsonPath capped = exposure(star);
        assertThat(capped.getInt("appearances")).isEqualTo(MAX_APPEARANCES);
        assertThat(capped.getInt("maxAppearances")).isEqualTo(MAX_APPEARANCES);
        assertThat(capped.getBoolean("mayBeRecommended")).isFalse();
        assertThat(matched(request)).as("the capped freelancer gives way to the next").doesNotContain(star)
                .startsWith(runnerUp);
        assertThat(exposure(runnerUp).getInt("appearances")).isZero();
    }

    @Test
    void aMalformedRecommendationIsDeadLetteredAndCountsNothing() throws Exception {
        String freelancerId = SampleEvents.newId("f");
        String projectId = "p-" + run + "-bad";
        kafka.send(Topics.MATCH_RECOMMENDATIONS, projectId, "{\"type\": \"match.recommended\", oops", Map.of());
        MatchRecommended valid = recommendation(projectId, freelancerId);
        String negativeRank = codec.encode(valid).replace("\"rank\":1", "\"rank\":-1");
        assertThat(negativeRank).isNotEqualTo(codec.encode(valid));
        kafka.send(Topics.MATCH_RECOMMENDATIONS, projectId, negativeRank, Map.of());

        ConsumerRecord<String, String> notJson = kafka.awaitRecord(Topics.MATCH_RECOMMENDATIONS + ".dlq",
                r -> projectId.equals(r.key()) && r.value().endsWith("oops"), TIMEOUT);
        assertThat(header(notJson, "dead-letter-reason")).contains("not valid JSON");
        assertThat(header(notJson, ServiceDeadLetterQueue.SERVICE)).isEqualTo("matching-service");
        assertThat(header(notJson, "dead-letter-topic")).isEqualTo(Topics.MATCH_RECOMMENDATIONS);
        ConsumerRecord<String, String> invalid = kafka.awaitRecord(Topics.MATCH_RECOMMENDATIONS + ".dlq",
                r -> projectId.equals(r.key()) && r.value().equals(negativeRank), TIMEOUT);
        assertThat(header(invalid, "dead-letter-reason")).contains("rank");
        awaitWindowCurrent();
        assertThat(exposure(freelancerId).getInt("appearances")).isZero();

        // The window still follows its topic: the valid list after them counts.
        kafka.send(valid);
        awaitWindowCurrent();
        assertThat(exposure(freelancerId).getInt("appearances")).isEqualTo(1);
        given().get("/q/health/ready").then().statusCode(200);
    }

    private MatchRecommended recommendation(String projectId, String... freelancerIds) {
        List<RankedFreelancer> ranked = new ArrayList<>();
        for (int i = 0; i < freelancerIds.length; i++) {
            ranked.add(new RankedFreelancer(freelancerIds[i], 1.0 - 0.1 * i, i + 1, List.of("test")));
        }
        return new MatchRecommended(SampleEvents.newId("e"), Instant.now(), projectId, "test-ranker", ranked);
    }

    /** Until the window has applied everything on the topic so far (the catalog's read barrier). */
    private void awaitWindowCurrent() throws Exception {
        window.current().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static JsonPath exposure(String freelancerId) {
        return given().get("/v1/freelancers/{id}/exposure", freelancerId).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> matched(String request) {
        return given().contentType("application/json").body(request).post("/v1/matches").then().statusCode(200)
                .extract().jsonPath().getList("matches.freelancerId");
    }
}
