package ai.talent.tutoring.rest;

import static ai.talent.service.testing.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import ai.talent.domain.event.LearningAttempted;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.testing.KafkaFlowTest;
import ai.talent.service.testing.SampleEvents;
import ai.talent.service.testing.StateDirTestResource;
import ai.talent.tutoring.tracing.TinyModelTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Mastery, next exercises and goal paths over the real broker, with the tiny DKT the tests train; bad requests get
 * problem details and bad attempts go to the dead-letter topic.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
@QuarkusTestResource(TinyModelTestResource.class)
class LearnerResourceTests extends KafkaFlowTest {

    @Test
    void unknownLearnerGetsAnEmptyStateFromTheTrainedModel() {
        given().get("/v1/learners/{id}/mastery", "never-seen").then().statusCode(200)
                .body("attempts", equalTo(0))
                .body("skills", empty())
                .body("model", startsWith("dkt:tutoring-kt/v1@"))
                .body("modelKind", equalTo("dkt"));
        given().get("/v1/learners/{id}/learning-path?goal=react", "never-seen").then().statusCode(200)
                .body("goalSkills", equalTo(List.of("react")))
                .body("steps.skillId", hasItem("react"));
        given().get("/v1/learners/{id}/next-exercises", "never-seen").then().statusCode(200)
                .body("bandLow", equalTo(0.6f)).body("bandHigh", equalTo(0.8f));
    }

    @Test
    void attemptsUpdateMasteryAndNextExercisesLieInTheRequestedBand() {
        String learner = SampleEvents.newId("l");
        for (int i = 0; i < 6; i++) {
            kafka.send(SampleEvents.attempt(learner, SampleEvents.newId("sql"), List.of("sql"), i % 3 != 0));
            kafka.send(SampleEvents.attempt(learner, SampleEvents.newId("py"), List.of("python"), i % 2 == 0));
        }
        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/v1/learners/{id}/mastery", learner).then()
                .statusCode(200).body("attempts", equalTo(12)));
        JsonPath mastery = given().get("/v1/learners/{id}/mastery", learner).jsonPath();
        assertThat(mastery.getList("skills.skillId")).containsExactlyInAnyOrder("sql", "python");
        assertThat(mastery.getList("skills.attempts", Integer.class)).containsOnly(6);
        assertThat(mastery.getList("skills.mastery", Float.class)).allSatisfy(m -> assertThat(m).isBetween(0f, 1f));

        JsonPath next = given().get("/v1/learners/{id}/next-exercises?min=0.05&max=0.95&limit=5", learner)
                .then().statusCode(200).extract().jsonPath();
        assertThat(next.getList("exercises")).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(next.getList("exercises.predictedSuccess", Float.class))
                .allSatisfy(p -> assertThat(p).isBetween(0.05f, 0.95f));
    }

    @Test
    void roleGoalsComeFromProjectTitlesAndPathsRespectPrerequisites() {
        String role = "quantum " + SampleEvents.newId("r") + " developer";
        for (int i = 0; i < 3; i++) {
            var project = SampleEvents.project(SampleEvents.newId("p"), 50_000,
                    List.of(new SkillRequirement("next-js", 3), new SkillRequirement("sql", 3)));
            kafka.send(SampleEvents.projectPosted(new ai.talent.domain.model.Project(project.id(), project.clientId(),
                    "Senior " + role + " wanted", project.description(), project.language(), project.requiredSkills(),
                    project.niceToHaveSkills(), project.budgetType(), project.budget(), project.durationWeeks(),
                    project.deadline(), project.region(), project.remote(), project.status())));
        }
        await().atMost(TIMEOUT).untilAsserted(() -> given().queryParam("goal", role)
                .get("/v1/learners/{id}/learning-path", "l-role").then().statusCode(200)
                .body("goalKind", equalTo("role"))
                // the three projects reach the global store one by one
                .body("steps.find { it.skillId == 'next-js' }.demand", equalTo(3.0f)));
        JsonPath plan = given().queryParam("goal", role).get("/v1/learners/{id}/learning-path", "l-role")
                .jsonPath();
        assertThat(plan.getList("goalSkills", String.class)).containsExactlyInAnyOrder("next-js", "sql");
        List<String> order = plan.getList("steps.skillId", String.class);
        assertThat(order).contains("next-js", "react", "javascript");
        assertThat(order.indexOf("javascript")).isLessThan(order.indexOf("react"));
        assertThat(order.indexOf("react")).isLessThan(order.indexOf("next-js"));
    }

    @Test
    void badBandsAndGoalsAreBadRequestProblems() {
        Map<String, String> badBands = Map.of(
                "min=abc", "min must be a number",
                "min=1.5", "min must be a probability",
                "min=0.9&max=0.2", "must be below max",
                "limit=0", "limit must be a whole number",
                "limit=1000", "limit must be a whole number");
        badBands.forEach((query, detail) -> given().get("/v1/learners/l-1/next-exercises?" + query).then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString(detail)));
        given().get("/v1/learners/l-1/learning-path").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("goal is required"));
        given().queryParam("goal", "x".repeat(101)).get("/v1/learners/l-1/learning-path").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("at most 100"));
        given().queryParam("goal", "no such thing at all").get("/v1/learners/l-1/learning-path").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("names no skill of the taxonomy and no role"));
        given().get("/v1/learners/" + "l".repeat(200) + "/mastery").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void attemptsAtUnknownSkillsOrExercisesAreDeadLetteredAndChangeNothing() {
        String learner = SampleEvents.newId("l");
        String exercise = SampleEvents.newId("ex");
        kafka.send(SampleEvents.attempt(learner, exercise, List.of("sql"), true));
        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/v1/learners/{id}/mastery", learner).then()
                .statusCode(200).body("attempts", equalTo(1)));
        // the exercise is known now (global store): the same id with other skills names an unknown exercise
        await().atMost(TIMEOUT).until(() -> given().get("/v1/learners/{id}/learning-path?goal=sql", learner)
                .jsonPath().getList("steps.find { it.skillId == 'sql' }.exerciseIds").contains(exercise));
        LearningAttempted unknownSkill = SampleEvents.attempt(learner, SampleEvents.newId("ex"),
                List.of("underwater-basket-weaving"), true);
        LearningAttempted otherSkills = SampleEvents.attempt(learner, exercise, List.of("figma"), true);
        kafka.send(unknownSkill);
        kafka.send(otherSkills);
        kafka.send(SampleEvents.attempt(learner, SampleEvents.newId("ex"), List.of("sql"), false));

        await().atMost(TIMEOUT).until(() ->
                kafka.readAll(Topics.LEARNING_EVENTS + ".dlq", r -> learner.equals(r.key())).size() >= 2);
        List<ConsumerRecord<String, String>> dead = kafka.readAll(Topics.LEARNING_EVENTS + ".dlq",
                r -> learner.equals(r.key()));
        assertThat(dead).extracting(r -> header(r, "dead-letter-reason")).anySatisfy(reason ->
                assertThat(reason).contains("unknown skill 'underwater-basket-weaving'")).anySatisfy(reason ->
                assertThat(reason).contains("unknown exercise '" + exercise + "'").contains("[sql]"));
        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/v1/learners/{id}/mastery", learner).then()
                .statusCode(200).body("attempts", equalTo(2)).body("skills.skillId", equalTo(List.of("sql"))));
    }
}
