package ai.talent.success.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;

import ai.talent.domain.model.SkillLevel;
import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.testing.KafkaTestClient;
import ai.talent.service.testing.SampleEvents;
import ai.talent.service.testing.ServiceEndpointsContract;
import ai.talent.service.testing.StateDirTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
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
                .body("errors.field", hasItems("projectId", "freelancerId", "agreedRateKrw.amount"));
    }

    @Test
    void describedProjectWithoutSkillsWithANegativeBudgetAndAnUnknownCurrencyIsOneProblemNamingEach() {
        String body = """
                {"freelancerId": "f-1", "language": "ko",
                 "project": {"title": "Shop", "requiredSkills": [], "budgetType": "HOURLY",
                             "budget": {"amount": -5, "currency": "KRW"}},
                 "agreedRate": {"amount": 40000, "currency": "XYZ"}}""";
        given().contentType(ContentType.JSON).body(body).post("/v1/predictions").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("project.requiredSkills", "project.budget.amount",
                        "agreedRate.currency"))
                .body("errors.find { it.field == 'agreedRate.currency' }.message", containsString("unknown currency"))
                .body("errors.find { it.field == 'project.budget.amount' }.message", containsString("negative"));
    }

    @Test
    void aDescribedProjectBeyondItsBoundsIsOneProblemNamingEachField() {
        String skill = "{\"skillId\": \"java\", \"minLevel\": 3}";
        String skills = "[" + String.join(",", java.util.Collections.nCopies(RequestValidation.MAX_SKILLS + 1, skill))
                + "]";
        given().contentType(ContentType.JSON).body("{\"freelancerId\": \"" + "f".repeat(201) + "\", \"project\": "
                        + "{\"title\": \"" + "t".repeat(201) + "\", \"requiredSkills\": " + skills
                        + ", \"budgetType\": \"HOURLY\", \"budget\": {\"amount\": 50000, \"currency\": \"KRW\"}}}")
                .post("/v1/predictions").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("freelancerId", "project.title", "project.requiredSkills"))
                .body("errors.find { it.field == 'project.requiredSkills' }.message", containsString("at most 50"));
    }

    @Test
    void unknownEnumValueInADescribedProjectIsABadRequest() {
        given().contentType(ContentType.JSON).body("""
                {"freelancerId": "f-1", "project": {"title": "Shop", "requiredSkills": [{"skillId": "java"}],
                 "budgetType": "MONTHLY", "budget": {"amount": 5}}}""").post("/v1/predictions").then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void unknownFreelancerIsANotFoundProblemAlsoForADescribedProject() {
        given().contentType(ContentType.JSON).body("""
                {"freelancerId": "f-none", "project": {"title": "Shop", "requiredSkills": [{"skillId": "java",
                 "minLevel": 3}], "budgetType": "HOURLY", "budget": {"amount": 50000, "currency": "KRW"}}}""")
                .post("/v1/predictions").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("No freelancer with id f-none"));
    }

    @Test
    void oversizedBatchIsABadRequestAndInvalidItemsAreNamedByIndex() {
        String item = "{\"projectId\": \"p-1\", \"freelancerId\": \"f-1\"}";
        String oversized = "{\"requests\": [" + String.join(",", java.util.Collections.nCopies(1_001, item)) + "]}";
        given().contentType(ContentType.JSON).body(oversized).post("/v1/predictions/batch").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("at most 1000"))
                .body("errors.field", hasItems("requests"));
        given().contentType(ContentType.JSON).body("{\"requests\": [" + item + ", {\"projectId\": \"p-1\"}]}")
                .post("/v1/predictions/batch").then()
                .statusCode(400)
                .body("errors.field", hasItems("requests[1].freelancerId"));
        given().contentType(ContentType.JSON).body("{\"requests\": [" + item + "]}")
                .post("/v1/predictions/batch").then()
                .statusCode(404)
                .body("detail", containsString("requests[0]"));
    }

    @Test
    void promotingAnUnknownVersionIsANotFoundProblem() {
        given().post("/v1/models/{version}/promote", "v999").then()
                .statusCode(404)
                .contentType("application/problem+json");
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
    protected List<String> runModels() {
        String freelancerId = SampleEvents.newId("f");
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            kafka.send(SampleEvents.freelancerUpserted(SampleEvents.freelancer(freelancerId, "Java developer", 45_000,
                    List.of(new SkillLevel("java", 4, 6)))));
        }
        String body = "{\"freelancerId\": \"" + freelancerId + "\", \"language\": \"en\", \"project\": {\"title\":"
                + " \"Shop\", \"requiredSkills\": [{\"skillId\": \"java\", \"minLevel\": 3}], \"budgetType\":"
                + " \"HOURLY\", \"budget\": {\"amount\": 50000, \"currency\": \"KRW\"}}, \"agreedRateKrw\": 45000}";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().contentType(ContentType.JSON).body(body)
                .post("/v1/predictions").then().statusCode(200));
        return List.of("success-ensemble");
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
