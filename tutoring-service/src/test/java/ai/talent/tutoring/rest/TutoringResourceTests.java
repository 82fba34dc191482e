package ai.talent.tutoring.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.testing.ServiceEndpointsContract;
import ai.talent.service.testing.StateDirTestResource;
import ai.talent.tutoring.tracing.TinyModelTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tutoring's HTTP contract: problem details for bad requests, plus what every service answers. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
@QuarkusTestResource(TinyModelTestResource.class)
class TutoringResourceTests extends ServiceEndpointsContract {

    @Test
    void previewPlansFromAnswersWithoutRecordingThem() {
        given().contentType(ContentType.JSON)
                .body("{\"answers\": [{\"exerciseId\": \"e1\", \"skillIds\": [\"react\"], \"correct\": false},"
                        + " {\"exerciseId\": \"e1\", \"skillIds\": [\"react\"], \"correct\": false}]}")
                .post("/v1/learning-paths/preview").then()
                .statusCode(200)
                .body("attempts", equalTo(2))
                .body("model", startsWith("dkt:tutoring-kt/"))
                .body("nextSteps.skillId", hasItem("react"));
        given().get("/v1/learners/{id}/path", "preview").then().statusCode(200).body("attempts", equalTo(0));
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
    void unknownLearnerHasAnEmptyPath() {
        given().get("/v1/learners/{id}/path", "nobody").then()
                .statusCode(200)
                .body("learnerId", equalTo("nobody"))
                .body("attempts", equalTo(0))
                .body("skills", empty())
                .body("nextSteps", empty());
    }

    @Override
    protected List<String> runModels() {
        given().contentType(ContentType.JSON)
                .body("{\"answers\": [{\"exerciseId\": \"e1\", \"skillIds\": [\"react\"], \"correct\": true}]}")
                .post("/v1/learning-paths/preview").then().statusCode(200);
        return List.of("tutoring-kt");
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
