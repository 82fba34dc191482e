package ai.talent.search.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.testing.ServiceEndpointsContract;
import ai.talent.service.testing.StateDirTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Search's HTTP contract: problem details for bad requests, plus what every service answers. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
class SearchResourceTests extends ServiceEndpointsContract {

    @Test
    void missingQueryIsABadRequestProblem() {
        given().get("/v1/search").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void outOfRangeLimitIsABadRequestProblem() {
        given().queryParam("q", "react").queryParam("limit", 1000).get("/v1/search").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void unknownFreelancerIsANotFoundProblem() {
        given().get("/v1/freelancers/{id}", "nobody").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("No freelancer with id nobody"));
    }

    @Override
    protected List<String> channels() {
        return List.of("freelancers", "projects");
    }

    @Override
    protected String documentedPath() {
        return "/v1/search";
    }
}
