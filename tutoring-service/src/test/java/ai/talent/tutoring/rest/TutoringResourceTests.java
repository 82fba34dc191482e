package ai.talent.tutoring.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.testing.ServiceEndpointsContract;
import ai.talent.service.testing.StateDirTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tutoring's HTTP contract: problem details for bad requests, plus what every service answers. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
class TutoringResourceTests extends ServiceEndpointsContract {

    @Test
    void previewPlansFromAnswersWithoutRecordingThem() {
        given().contentType(ContentType.JSON)
                .body("{\"answers\": [{\"exerciseId\": \"e1\", \"skillIds\": [\"react\"], \"correct\": false},"
                        + " {\"exerciseId\": \"e1\", \"skillIds\": [\"react\"], \"correct\": false}]}")
                .post("/v1/learning-paths/preview").then()
                .statusCode(200)
                .body("attempts", equalTo(2))
                .body("nextSteps.skillId", equalTo(List.of("javascript", "react")));
        given().get("/v1/learners/{id}/path", "preview").then().statusCode(404);
    }

    @Test
    void emptyPreviewIsABadRequestProblem() {
        given().contentType(ContentType.JSON).body("{\"answers\": []}").post("/v1/learning-paths/preview").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("answers"));
    }

    @Test
    void answerWithTooManySkillsIsABadRequestProblem() {
        given().contentType(ContentType.JSON)
                .body("{\"answers\": [{\"exerciseId\": \"e1\", \"skillIds\": [\"a\", \"b\", \"c\"], \"correct\": true}]}")
                .post("/v1/learning-paths/preview").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("answers[0].skillIds"));
    }

    @Test
    void unknownLearnerIsANotFoundProblem() {
        given().get("/v1/learners/{id}/path", "nobody").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("learner nobody"));
    }

    @Override
    protected List<String> channels() {
        return List.of("freelancers", "contracts", "learning-events");
    }

    @Override
    protected String documentedPath() {
        return "/v1/learners/{learnerId}/path";
    }
}
