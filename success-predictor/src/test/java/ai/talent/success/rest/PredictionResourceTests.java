package ai.talent.success.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;

import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.testing.ServiceEndpointsContract;
import ai.talent.service.testing.StateDirTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The success predictor's HTTP contract: problem details for bad requests, plus what every service answers. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
class PredictionResourceTests extends ServiceEndpointsContract {

    @Test
    void incompleteRequestIsABadRequestProblemNamingEachField() {
        given().contentType(ContentType.JSON).body("{\"agreedRateKrw\": -1}").post("/v1/predictions").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("projectId", "freelancerId", "agreedRateKrw"));
    }

    @Test
    void unknownProjectIsANotFoundProblem() {
        given().contentType(ContentType.JSON)
                .body("{\"projectId\": \"p-none\", \"freelancerId\": \"f-none\", \"agreedRateKrw\": 1000}")
                .post("/v1/predictions").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("No project with id p-none"));
        given().get("/v1/projects/{id}/predictions", "p-none").then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void wrongMediaTypeIsAProblem() {
        given().contentType(ContentType.TEXT).body("hello").post("/v1/predictions").then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Override
    protected List<String> channels() {
        return List.of("freelancers", "projects", "contracts", "success-predictions");
    }

    @Override
    protected String documentedPath() {
        return "/v1/predictions";
    }
}
