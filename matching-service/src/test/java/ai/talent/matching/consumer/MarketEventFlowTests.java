package ai.talent.matching.consumer;

import static ai.talent.service.testing.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import ai.talent.domain.event.CloudEventHeaders;
import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.EventDecodingException;
import ai.talent.domain.event.EventIds;
import ai.talent.domain.event.EventType;
import ai.talent.domain.event.FreelancerDeleted;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.MatchRecommended;
import ai.talent.domain.event.ProjectClosed;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.event.RankedFreelancer;
import ai.talent.domain.event.Topics;
import ai.talent.domain.event.ProjectCloseReason;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.matching.rank.DefaultRanker;
import ai.talent.service.event.ServiceDeadLetterQueue;
import ai.talent.service.testing.KafkaFlowTest;
import ai.talent.service.testing.SampleEvents;
import ai.talent.service.testing.StateDirTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Matching end to end through the real broker: events in, state via REST, recommendations out, dead letters. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
class MarketEventFlowTests extends KafkaFlowTest {

    private final EventCodec codec = new EventCodec();
    private final Map<String, String> firstSkills = new HashMap<>();
    private final String run = SampleEvents.newId("s");

    @Test
    void postedProjectIsAnsweredWithRankedRecommendations() {
        String expert = SampleEvents.newId("f-expert");
        String junior = SampleEvents.newId("f-junior");
        String designer = SampleEvents.newId("f-designer");
        sendFreelancer(expert, 45_000, new SkillLevel(skill("java"), 4, 6), new SkillLevel(skill("spring"), 4, 5));
        sendFreelancer(junior, 30_000, new SkillLevel(skill("java"), 2, 1));
        sendFreelancer(designer, 30_000, new SkillLevel(skill("figma"), 5, 8));
        awaitFreelancer(expert);
        awaitFreelancer(junior);
        awaitFreelancer(designer);

        String projectId = SampleEvents.newId("p");
        ProjectPosted posted = SampleEvents.projectPosted(SampleEvents.project(projectId, 50_000,
                List.of(new SkillRequirement(skill("java"), 3), new SkillRequirement(skill("spring"), 3))));
        kafka.send(posted);

        ConsumerRecord<String, String> out = kafka.awaitRecord(Topics.MATCH_RECOMMENDATIONS,
                r -> projectId.equals(r.key()), TIMEOUT);
        MatchRecommended recommended = codec.decode(out.value(), MatchRecommended.class);
        assertThat(recommended.projectId()).isEqualTo(projectId);
        List<String> ranked = recommended.recommendations().stream().map(RankedFreelancer::freelancerId).toList();
        // Dense retrieval also brings profiles without the skills (other tests' too); the ranker puts them lower.
        assertThat(ranked.get(0)).isEqualTo(expert);
        assertThat(ranked).contains(junior);
        if (ranked.contains(designer)) {
            assertThat(ranked.indexOf(junior)).isLessThan(ranked.indexOf(designer));
        }
        assertThat(recommended.recommendations().get(0).score())
                .isGreaterThan(recommended.recommendations().get(1).score());
        assertThat(recommended.recommendations().get(0).reasons()).anyMatch(r -> r.contains("holds 2 of 2"));
        assertThat(recommended.modelVersion()).isEqualTo(DefaultRanker.VERSION);
        assertThat(recommended.eventId())
                .isEqualTo(EventIds.derived("/talent-ai/matching", EventType.MATCH_RECOMMENDED, posted.eventId()));
        assertThat(header(out, "ce_id")).isEqualTo(recommended.eventId());
        assertThat(header(out, "ce_type")).isEqualTo("ai.talent.match.recommended.v1");
        assertThat(header(out, "ce_dataschema")).isEqualTo("urn:talent-ai:schema:ai.talent.match.recommended.v1");
        assertThat(header(out, "ce_source")).isEqualTo("/talent-ai/matching");
        assertThat(header(out, "ce_specversion")).isEqualTo("1.0");
        assertThat(Instant.parse(header(out, "ce_time"))).isEqualTo(recommended.occurredAt());

        // The projects catalog applies the posting on its own, alongside the consumer that answered it.
        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/v1/projects/{id}/matches", projectId).then()
                .statusCode(200)
                .body("matches[0].freelancerId", equalTo(expert))
                .body("matches[0].explanation.matchedSkills.size()", equalTo(2))
                .body("matches[0].explanation.topContributions.size()", greaterThan(0))
                .body("matches[0].explanation.rateFit.verdict", containsString("fits the budget")));
    }

    @Test
    void aFreelancerSeesOpenProjectsWithWhatWouldRaiseTheirMatch() {
        String freelancerId = SampleEvents.newId("f-java");
        sendFreelancer(freelancerId, 40_000, new SkillLevel(skill("java"), 4, 5));
        awaitFreelancer(freelancerId);
        String projectId = SampleEvents.newId("p");
        kafka.send(SampleEvents.projectPosted(SampleEvents.project(projectId, 50_000,
                List.of(new SkillRequirement(skill("java"), 3), new SkillRequirement(skill("kafka"), 3)))));
        kafka.awaitRecord(Topics.MATCH_RECOMMENDATIONS, r -> projectId.equals(r.key()), TIMEOUT);

        // The projects catalog indexes the posting on its own, alongside the consumer that answered it.
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(given()
                .get("/v1/freelancers/{id}/projects?limit=100", freelancerId).then().statusCode(200).extract()
                .jsonPath().getList("matches.projectId")).contains(projectId));
        var matches = given().get("/v1/freelancers/{id}/projects?limit=100", freelancerId).then().statusCode(200)
                .extract().jsonPath();
        List<String> projects = matches.getList("matches.projectId");
        int at = projects.indexOf(projectId);
        assertThat(matches.getString("matches[" + at + "].wouldRaiseMatch[0].skillId")).isEqualTo(skill("kafka"));
        assertThat(matches.getDouble("matches[" + at + "].wouldRaiseMatch[0].scoreGain")).isPositive();
        assertThat(matches.getString("matches[" + at + "].explanation.missingSkills[0].skillId"))
                .isEqualTo(skill("kafka"));

        kafka.send(new ProjectClosed(SampleEvents.newId("e"), Instant.now(), projectId, ProjectCloseReason.CANCELLED));
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(given()
                .get("/v1/freelancers/{id}/projects?limit=100", freelancerId).then().statusCode(200).extract()
                .jsonPath().getList("matches.projectId")).doesNotContain(projectId));
    }

    @Test
    void aProfileChangeOrDeletionIsSeenByTheNextMatch() {
        String freelancerId = SampleEvents.newId("f-rust");
        sendFreelancer(freelancerId, 40_000, new SkillLevel(skill("rust"), 1, 1));
        awaitFreelancer(freelancerId);
        String body = "{\"requiredSkills\": [{\"skillId\": \"" + skill("rust") + "\", \"minLevel\": 4}],"
                + " \"budgetType\": \"HOURLY\", \"budgetKrw\": 50000, \"durationWeeks\": 4, \"limit\": 100}";
        sendFreelancer(freelancerId, 40_000, new SkillLevel(skill("rust"), 5, 6));
        await().atMost(TIMEOUT).untilAsserted(() -> {
            var m = given().contentType("application/json").body(body).post("/v1/matches").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(m.getString("matches[0].freelancerId")).isEqualTo(freelancerId);
            assertThat(m.getInt("matches[0].explanation.matchedSkills[0].level")).isEqualTo(5);
        });
        kafka.send(new FreelancerDeleted(SampleEvents.newId("e"), Instant.now(), freelancerId));
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(given().contentType("application/json").body(body)
                .post("/v1/matches").then().statusCode(200).extract().jsonPath().getList("matches.freelancerId"))
                .doesNotContain(freelancerId));
    }

    @Test
    void redeliveredEventChangesNothing() {
        String freelancerId = SampleEvents.newId("f");
        FreelancerUpserted first = SampleEvents.freelancerUpserted(SampleEvents.freelancer(freelancerId, "Kotlin dev",
                40_000, List.of(new SkillLevel(skill("kotlin"), 3, 2))));
        FreelancerUpserted second = SampleEvents.freelancerUpserted(SampleEvents.freelancer(freelancerId, "Kotlin dev",
                60_000, List.of(new SkillLevel(skill("kotlin"), 4, 3))));
        kafka.send(first);
        kafka.send(second);
        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/v1/freelancers/{id}", freelancerId).then()
                .statusCode(200).body("hourlyRate.amount", equalTo(60_000)));

        String projectId = SampleEvents.newId("p");
        ProjectPosted posted = SampleEvents.projectPosted(SampleEvents.project(projectId, 70_000,
                List.of(new SkillRequirement(skill("kotlin"), 3))));
        kafka.send(posted);
        kafka.awaitRecord(Topics.MATCH_RECOMMENDATIONS, r -> projectId.equals(r.key()), TIMEOUT);

        double freelancerDuplicates = duplicates(Topics.FREELANCERS);
        double projectDuplicates = duplicates(Topics.PROJECTS);
        kafka.send(first);
        kafka.send(posted);
        await().atMost(TIMEOUT).until(() -> duplicates(Topics.FREELANCERS) >= freelancerDuplicates + 1
                && duplicates(Topics.PROJECTS) >= projectDuplicates + 1);

        given().get("/v1/freelancers/{id}", freelancerId).then().statusCode(200)
                .body("hourlyRate.amount", equalTo(60_000));
        assertThat(kafka.readAll(Topics.MATCH_RECOMMENDATIONS, r -> projectId.equals(r.key()))).hasSize(1);
    }

    @Test
    void malformedRecordsGoToTheDeadLetterTopicAndTheNextRecordIsProcessed() {
        String freelancerId = SampleEvents.newId("f");
        kafka.send(Topics.FREELANCERS, freelancerId, "{\"type\": \"freelancer.upserted\", oops", Map.of());

        String valid = codec.encode(SampleEvents.freelancerUpserted(SampleEvents.freelancer(freelancerId, "Go dev",
                50_000, List.of(new SkillLevel(skill("go"), 3, 2)))));
        String negativeRate = valid.replace("\"amount\":50000", "\"amount\":-5");
        assertThat(negativeRate).isNotEqualTo(valid);
        kafka.send(Topics.FREELANCERS, freelancerId, negativeRate, Map.of());
        kafka.send(Topics.FREELANCERS, freelancerId, valid, Map.of());

        ConsumerRecord<String, String> notJson = kafka.awaitRecord(Topics.FREELANCERS + ".dlq",
                r -> freelancerId.equals(r.key()) && r.value().endsWith("oops"), TIMEOUT);
        assertThat(header(notJson, "dead-letter-reason")).contains("not valid JSON");
        assertThat(header(notJson, ServiceDeadLetterQueue.SERVICE)).isEqualTo("matching-service");
        assertThat(header(notJson, ServiceDeadLetterQueue.EXCEPTION_CLASS))
                .isEqualTo(EventDecodingException.class.getName());
        assertThat(header(notJson, "dead-letter-topic")).isEqualTo(Topics.FREELANCERS);
        assertThat(Integer.parseInt(header(notJson, "dead-letter-partition"))).isNotNegative();
        long offset = Long.parseLong(header(notJson, "dead-letter-offset"));
        assertThat(offset).isNotNegative();

        ConsumerRecord<String, String> outOfRange = kafka.awaitRecord(Topics.FREELANCERS + ".dlq",
                r -> freelancerId.equals(r.key()) && r.value().equals(negativeRate), TIMEOUT);
        assertThat(header(outOfRange, "dead-letter-reason")).contains("freelancer.hourlyRate.amount").contains("-5");
        assertThat(Long.parseLong(header(outOfRange, "dead-letter-offset"))).isGreaterThan(offset);

        awaitFreelancer(freelancerId, skill("go"));
    }

    @Test
    void anEventInAnUnknownContractVersionGoesToTheDeadLetterTopic() {
        String projectId = SampleEvents.newId("p");
        ProjectPosted posted = SampleEvents.projectPosted(SampleEvents.project(projectId, 50_000,
                List.of(new SkillRequirement(skill("java"), 3))));
        String v2 = "ai.talent.project.posted.v2";
        Map<String, String> headers = new LinkedHashMap<>(CloudEventHeaders.of(posted, "/talent-ai/next"));
        headers.put(CloudEventHeaders.TYPE, v2);
        kafka.send(Topics.PROJECTS, projectId, codec.encode(posted).replace(EventType.PROJECT_POSTED.wireName(), v2),
                headers);

        ConsumerRecord<String, String> dead = kafka.awaitRecord(Topics.PROJECTS + ".dlq",
                r -> projectId.equals(r.key()), TIMEOUT);
        assertThat(header(dead, "dead-letter-reason")).contains("unknown version v2 of project.posted")
                .contains(EventType.PROJECT_POSTED.wireName());
        assertThat(header(dead, ServiceDeadLetterQueue.SERVICE)).isEqualTo("matching-service");
        given().get("/v1/projects/{id}/matches", projectId).then().statusCode(404);
    }

    private void sendFreelancer(String id, long rate, SkillLevel... skills) {
        kafka.send(SampleEvents.freelancerUpserted(SampleEvents.freelancer(id, "Engineer", rate, List.of(skills))));
        firstSkills.put(id, skills[0].skillId());
    }

    /** Until the freelancer is searchable: in the catalog and in the published index a ranking retrieves from. */
    private void awaitFreelancer(String id) {
        awaitFreelancer(id, firstSkills.get(id));
    }

    private static void awaitFreelancer(String id, String skillId) {
        String body = "{\"requiredSkills\": [{\"skillId\": \"" + skillId + "\", \"minLevel\": 1}],"
                + " \"budgetType\": \"HOURLY\", \"budgetKrw\": 50000, \"durationWeeks\": 4, \"limit\": 100}";
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(given().contentType("application/json").body(body)
                .post("/v1/matches").then().statusCode(200).extract().jsonPath().getList("matches.freelancerId"))
                .contains(id));
    }

    private double duplicates(String topic) {
        return registry.counter("talent.events.duplicates", "topic", topic).count();
    }

    /** Skill ids unique to this test run, so rankings only see this test's freelancers. */
    private String skill(String name) {
        return name + "-" + run;
    }
}
