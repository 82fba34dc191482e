package ai.talent.search.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.testing.ServiceEndpointsContract;
import ai.talent.service.testing.StateDirTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Search's HTTP contract: problem details for every bad parameter, plus what every service answers. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
class SearchResourceTests extends ServiceEndpointsContract {

    @Test
    void aRebuildSwitchesToANewGenerationWhileSearchesGoOn() {
        long before = given().get("/v1/index/rebuild").then().statusCode(200).extract().jsonPath().getLong("freelancers");
        given().post("/v1/index/rebuild").then().statusCode(202).body("backend", equalTo("lucene"));
        given().queryParam("q", "developer").get("/v1/search").then().statusCode(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120)).untilAsserted(() -> given()
                .get("/v1/index/rebuild").then().statusCode(200).body("running", equalTo(false))
                .body("lastFinishedAt", notNullValue()).body("lastError", org.hamcrest.Matchers.nullValue()));
        given().get("/v1/index/rebuild").then().statusCode(200)
                .body("lastCount", org.hamcrest.Matchers.greaterThanOrEqualTo((int) before))
                .body("freelancers", org.hamcrest.Matchers.greaterThanOrEqualTo((int) before));
        given().queryParam("q", "developer").get("/v1/search").then().statusCode(200);
    }

    @Test
    void theIndexNamesItsEncoderAndTheEncoderOfItsVectors() {
        // the test profile's registry is empty: the suite's choice (auto) falls back to the teacher and says so
        given().get("/v1/index").then().statusCode(200)
                .body("backend", equalTo("lucene"))
                .body("encoder", equalTo("all-MiniLM-L6-v2 (fallback: encoder-domain-bilingual, encoder-bilingual, "
                        + "encoder-domain not in target/test-state/no-registry)"))
                .body("model", equalTo("all-MiniLM-L6-v2"))
                .body("readsHangul", equalTo(false))
                .body("vectors", equalTo("all-MiniLM-L6-v2/chunks-256"))
                .body("vectorsCurrent", equalTo(true));
        given().queryParam("q", "서울 리액트 개발자").get("/v1/search").then().statusCode(200)
                .body("fusion.encoder", equalTo("all-MiniLM-L6-v2"));
    }

    @Test
    void emptyQueryBrowses() {
        given().get("/v1/search").then().statusCode(200)
                .body("mode", equalTo("browse"))
                .body("total", notNullValue());
    }

    @Test
    void sizeOverOneHundredIsABadRequestProblem() {
        badRequest(given().queryParam("q", "react").queryParam("size", 101), "size");
    }

    @Test
    void negativeRateIsABadRequestProblem() {
        badRequest(given().queryParam("q", "react").queryParam("maxRate", -1), "maxRate");
    }

    @Test
    void unknownSortIsABadRequestProblem() {
        badRequest(given().queryParam("q", "react").queryParam("sort", "cheapest"), "sort");
    }

    @Test
    void unknownFacetIsABadRequestProblem() {
        badRequest(given().queryParam("q", "react").queryParam("facets", "skills,colour"), "facets");
    }

    @Test
    void queryOverFiveHundredCharactersIsABadRequestProblem() {
        badRequest(given().queryParam("q", "a".repeat(501)), "q");
    }

    @Test
    void unknownRegionIsABadRequestProblem() {
        badRequest(given().queryParam("q", "react").queryParam("region", "Atlantis"), "region");
    }

    @Test
    void structuredSearchValidatesItsBody() {
        given().contentType(ContentType.JSON).body("{\"q\":\"react\",\"size\":500,\"filters\":{\"maxRate\":-5}}")
                .post("/v1/search").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("size", "filters.maxRate"));
    }

    @Test
    void structuredSearchAnswersWithTheParsedIntent() {
        given().contentType(ContentType.JSON).body("{\"q\":\"서울 리액트 개발자 시급 5만원 이하\",\"filters\":{\"remote\":true}}")
                .post("/v1/search").then()
                .statusCode(200)
                .body("intent.constraints.kind", org.hamcrest.Matchers.hasItems("REGION", "SKILL", "MAX_RATE"))
                .body("intent.constraints.find { it.kind == 'MAX_RATE' }.value", equalTo("50000"));
    }

    @Test
    void unknownFreelancerIsANotFoundProblem() {
        given().get("/v1/freelancers/{id}", "nobody").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("No freelancer with id nobody"));
        given().get("/v1/freelancers/{id}/similar", "nobody").then().statusCode(404);
    }

    @Test
    void suggestNeedsAPrefix() {
        badRequest(given(), "q", "/v1/suggest");
    }

    private static void badRequest(io.restassured.specification.RequestSpecification request, String field) {
        badRequest(request, field, "/v1/search");
    }

    private static void badRequest(io.restassured.specification.RequestSpecification request, String field,
                                   String path) {
        request.get(path).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @Override
    protected List<String> runModels() {
        // A query the MiniLM vocabulary reads, so that the dense leg encodes it.
        given().get("/v1/search?q=react developer in Seoul").then().statusCode(200);
        return List.of("search-dense-encoder");
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
