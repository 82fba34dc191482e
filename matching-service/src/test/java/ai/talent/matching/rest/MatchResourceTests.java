package ai.talent.matching.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.matching.rank.DefaultRanker;
import ai.talent.service.testing.ServiceEndpointsContract;
import ai.talent.service.testing.StateDirTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching's HTTP contract: problem details for bad requests, plus what every service answers. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
class MatchResourceTests extends ServiceEndpointsContract {

    @Test
    void unknownProjectIsANotFoundProblem() {
        given().get("/v1/projects/{id}/matches", "no-such-project").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("No project with id no-such-project"));
    }

    @Test
    void invalidRequestIsABadRequestProblemNamingEachField() {
        given().contentType(ContentType.JSON)
                .body("{\"requiredSkills\": [], \"budgetType\": \"HOURLY\", \"budgetKrw\": -1, \"durationWeeks\": 0}")
                .post("/v1/matches").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Bad Request"))
                .body("errors.field", hasItem("durationWeeks"))
                .body("errors.field", hasItem("budgetKrw"));
    }

    @Test
    void aRequestWithNeitherProjectNorSkillsIsABadRequestNamingWhatIsMissing() {
        given().contentType(ContentType.JSON)
                .body("{\"requiredSkills\": [], \"budgetType\": \"HOURLY\"}")
                .post("/v1/matches").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("requiredSkills"))
                .body("detail", containsString("budgetKrw"))
                .body("detail", containsString("durationWeeks"));
    }

    @Test
    void moreSkillsThanTheCapOrAnOverlongProjectIdAreABadRequestNamingTheField() {
        String skill = "{\"skillId\": \"java\", \"minLevel\": 3}";
        String skills = "[" + String.join(",", java.util.Collections.nCopies(MatchRequest.MAX_SKILLS + 1, skill)) + "]";
        given().contentType(ContentType.JSON)
                .body("{\"requiredSkills\": " + skills + ", \"niceToHaveSkills\": " + skills
                        + ", \"budgetType\": \"HOURLY\", \"budgetKrw\": 50000, \"durationWeeks\": 4}")
                .post("/v1/matches").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("requiredSkills"))
                .body("errors.field", hasItem("niceToHaveSkills"));
        String longId = "p".repeat(MatchRequest.MAX_ID_CHARS + 1);
        given().contentType(ContentType.JSON).body("{\"projectId\": \"" + longId + "\"}")
                .post("/v1/matches").then()
                .statusCode(400)
                .body("errors.field", hasItem("projectId"));
    }

    @Test
    void moreThanAHundredMatchesAreRefused() {
        given().contentType(ContentType.JSON)
                .body("{\"requiredSkills\": [{\"skillId\": \"java\", \"minLevel\": 3}], \"budgetType\": \"HOURLY\","
                        + " \"budgetKrw\": 50000, \"durationWeeks\": 4, \"limit\": 101}")
                .post("/v1/matches").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
        given().get("/v1/projects/{id}/matches?limit=101", "any").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().get("/v1/freelancers/{id}/projects?limit=101", "any").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void unknownFreelancerOrProjectIdIsANotFoundProblem() {
        given().get("/v1/freelancers/{id}/projects", "no-such-freelancer").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("No freelancer with id no-such-freelancer"));
        given().contentType(ContentType.JSON).body("{\"projectId\": \"no-such-project\"}")
                .post("/v1/matches").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("No project with id no-such-project"));
    }

    @Test
    void invalidNestedFieldIsNamedWithItsIndex() {
        given().contentType(ContentType.JSON)
                .body("{\"requiredSkills\": [{\"skillId\": \"java\", \"minLevel\": 9}], \"budgetType\": \"HOURLY\","
                        + " \"budgetKrw\": 50000, \"durationWeeks\": 4}")
                .post("/v1/matches").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("requiredSkills[0].minLevel"))
                .body("detail", containsString("requiredSkills[0].minLevel"));
    }

    @Test
    void outOfRangeQueryParameterIsABadRequestProblem() {
        given().get("/v1/projects/{id}/matches?limit=0", "any").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        given().contentType(ContentType.JSON).body("{\"requiredSkills\": [").post("/v1/matches").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("The request body"));
    }

    @Test
    void wronglyTypedJsonIsABadRequestProblem() {
        given().contentType(ContentType.JSON)
                .body("{\"requiredSkills\": [{\"skillId\": \"java\", \"minLevel\": 3}], \"budgetType\": \"HOURLY\","
                        + " \"budgetKrw\": \"lots\", \"durationWeeks\": 4}")
                .post("/v1/matches").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("budgetKrw"));
    }

    @Test
    void validAdHocRequestIsAnswered() {
        given().contentType(ContentType.JSON)
                .body("{\"requiredSkills\": [{\"skillId\": \"no-one-has-this\", \"minLevel\": 3}],"
                        + " \"budgetType\": \"HOURLY\", \"budgetKrw\": 50000, \"durationWeeks\": 4, \"limit\": 5}")
                .post("/v1/matches").then()
                .statusCode(200)
                .body("modelVersion", equalTo(DefaultRanker.VERSION))
                .body("matches.size()", lessThanOrEqualTo(5));
    }

    @Test
    void unexpectedErrorIsAProblemWithAReferenceAndNoInternals() {
        given().get("/v1/test-only/failure").then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("detail", containsString("reference"))
                .body(not(containsString("hunter2")))
                .body(not(containsString("IllegalStateException")));
    }

    @Override
    protected List<String> runModels() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"Shop front end\", \"requiredSkills\": [{\"skillId\": \"react\", \"minLevel\": 3}],"
                        + " \"budgetType\": \"HOURLY\", \"budgetKrw\": 50000, \"durationWeeks\": 4, \"limit\": 3}")
                .post("/v1/matches").then().statusCode(200);
        return List.of("matching-ranker");
    }

    @Override
    protected List<String> channels() {
        return List.of("freelancers", "projects", "contracts", "success-predictions", "match-recommendations");
    }

    @Override
    protected String documentedPath() {
        return "/v1/projects/{projectId}/matches";
    }
}
