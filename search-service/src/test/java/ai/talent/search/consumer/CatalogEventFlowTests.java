package ai.talent.search.consumer;

import static ai.talent.service.testing.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import ai.talent.domain.event.EventCodec;
import ai.talent.domain.event.EventDecodingException;
import ai.talent.domain.event.FreelancerDeleted;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.SkillLevel;
import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.event.ServiceDeadLetterQueue;
import ai.talent.service.testing.KafkaFlowTest;
import ai.talent.service.testing.SampleEvents;
import ai.talent.service.testing.StateDirTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Search end to end through the real broker: freelancers in, found by /v1/search, dead letters out. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
class CatalogEventFlowTests extends KafkaFlowTest {

    /** Profiles are encoded by MiniLM on their way into the index: on a loaded machine that takes a while. */
    private static final Duration INDEXED = Duration.ofSeconds(120);

    /**
     * A word only one test's freelancers carry, so its searches see nothing left by other tests (Quarkus keeps one
     * instance of the class for all its tests, so the marker is made per test, not per instance).
     */
    /**
     * A word no other test's profile holds: letters only, because the Korean analyzer splits a run of letters and
     * digits into its letter and digit parts, and two hex markers would then share one-character terms ("a", "9")
     * and match each other's profiles in the BM25 leg.
     */
    private static String newMarker() {
        StringBuilder marker = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            marker.append((char) ('a' + Character.digit(c, 16)));
        }
        return marker.toString();
    }

    @Test
    void receivedFreelancersBecomeSearchableAndDeletedOnesDisappear() {
        String marker = newMarker();
        String reactDev = SampleEvents.newId("f-react");
        String kotlinDev = SampleEvents.newId("f-kotlin");
        kafka.send(SampleEvents.freelancerUpserted(SampleEvents.freelancer(reactDev, "서울 React 개발자 " + marker,
                50_000, List.of(new SkillLevel("react", 4, 5)))));
        kafka.send(SampleEvents.freelancerUpserted(SampleEvents.freelancer(kotlinDev, "Kotlin developer " + marker,
                60_000, List.of(new SkillLevel("kotlin", 4, 5)))));

        await().atMost(INDEXED).untilAsserted(() -> given().queryParam("q", "서울에서 리액트 React 개발자 " + marker)
                .get("/v1/search").then().statusCode(200)
                .body("hits.freelancerId", hasItems(reactDev, kotlinDev))
                .body("hits[0].freelancerId", equalTo(reactDev)));

        kafka.send(new FreelancerDeleted(UUID.randomUUID().toString(), Instant.now(), kotlinDev));
        await().atMost(INDEXED).untilAsserted(() -> given().queryParam("q", marker).get("/v1/search").then()
                .statusCode(200).body("hits[0].freelancerId", equalTo(reactDev))
                .body("hits.freelancerId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(kotlinDev)))
                .body("hits[0].legs.bm25Rank", equalTo(1)));
    }

    @Test
    void redeliveredEventChangesNothing() {
        String marker = newMarker();
        String id = SampleEvents.newId("f");
        FreelancerUpserted first = SampleEvents.freelancerUpserted(SampleEvents.freelancer(id, "Designer " + marker,
                40_000, List.of(new SkillLevel("figma", 3, 2))));
        FreelancerUpserted second = SampleEvents.freelancerUpserted(SampleEvents.freelancer(id, "Illustrator " + marker,
                45_000, List.of(new SkillLevel("illustrator", 4, 3))));
        kafka.send(first);
        kafka.send(second);
        await().atMost(INDEXED).untilAsserted(() -> given().get("/v1/freelancers/{id}", id).then()
                .statusCode(200).body("headline", equalTo("Illustrator " + marker)));

        double duplicates = duplicates();
        kafka.send(first);
        await().atMost(INDEXED).until(() -> duplicates() >= duplicates + 1);

        given().get("/v1/freelancers/{id}", id).then().statusCode(200).body("headline", equalTo("Illustrator " + marker));
        given().queryParam("q", "designer " + marker).get("/v1/search").then().statusCode(200)
                .body("hits[0].matchedTerms", equalTo(List.of(marker)));
    }

    @Test
    void malformedRecordGoesToTheDeadLetterTopicAndTheNextRecordIsProcessed() {
        String marker = newMarker();
        String id = SampleEvents.newId("f");
        kafka.send(Topics.FREELANCERS, id, "[\"not an event\"]", Map.of());
        kafka.send(SampleEvents.freelancerUpserted(SampleEvents.freelancer(id, "Writer " + marker, 30_000,
                List.of(new SkillLevel("copywriting", 3, 2)))));

        ConsumerRecord<String, String> dead = kafka.awaitRecord(Topics.FREELANCERS + ".dlq",
                r -> id.equals(r.key()), INDEXED);
        assertThat(dead.value()).isEqualTo("[\"not an event\"]");
        assertThat(header(dead, "dead-letter-reason")).contains("must be a JSON object");
        assertThat(header(dead, ServiceDeadLetterQueue.SERVICE)).isEqualTo("search-service");
        assertThat(header(dead, ServiceDeadLetterQueue.EXCEPTION_CLASS))
                .isEqualTo(EventDecodingException.class.getName());
        assertThat(header(dead, "dead-letter-topic")).isEqualTo(Topics.FREELANCERS);
        assertThat(Integer.parseInt(header(dead, "dead-letter-partition"))).isNotNegative();
        assertThat(Long.parseLong(header(dead, "dead-letter-offset"))).isNotNegative();

        await().atMost(INDEXED).untilAsserted(() -> given().get("/v1/freelancers/{id}", id).then().statusCode(200));
    }

    @Test
    void malformedProfileGoesToTheDeadLetterTopicWithItsReasonAndChangesNothing() {
        String marker = newMarker();
        String id = SampleEvents.newId("f-bad");
        String good = SampleEvents.newId("f-good");
        String valid = new EventCodec().encode(SampleEvents.freelancerUpserted(SampleEvents.freelancer(id,
                "Bad Rate " + marker, 30_000, List.of(new SkillLevel("copywriting", 3, 2)))));
        String profile = valid.replace("\"amount\":30000", "\"amount\":-5");
        assertThat(profile).isNotEqualTo(valid);
        kafka.send(Topics.FREELANCERS, id, profile, Map.of());
        kafka.send(SampleEvents.freelancerUpserted(SampleEvents.freelancer(good, "Editor " + marker, 30_000,
                List.of(new SkillLevel("copywriting", 3, 2)))));

        ConsumerRecord<String, String> dead = kafka.awaitRecord(Topics.FREELANCERS + ".dlq",
                r -> id.equals(r.key()), INDEXED);
        assertThat(header(dead, "dead-letter-reason")).contains("hourlyRate.amount");
        await().atMost(INDEXED).untilAsserted(() -> given().get("/v1/freelancers/{id}", good).then().statusCode(200));
        given().get("/v1/freelancers/{id}", id).then().statusCode(404);
        given().queryParam("q", marker).get("/v1/search").then().statusCode(200)
                .body("hits[0].freelancerId", equalTo(good))
                .body("hits.freelancerId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
    }

    private double duplicates() {
        return registry.counter("talent.events.duplicates", "topic", Topics.FREELANCERS).count();
    }
}
