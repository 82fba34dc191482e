package ai.talent.matching.rest;

import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.testing.BearerAuthContract;
import ai.talent.service.testing.StateDirTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Matching with auth on, as in prod: every /v1 path is the platform's; a recruiter's token is refused. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
@TestProfile(BearerAuthContract.AuthOn.class)
class BearerAuthTests extends BearerAuthContract {

    BearerAuthTests() {
        super(Call.post("/v1/matches", "{\"requiredSkills\": [{\"skillId\": \"java\", \"minLevel\": 3}],"
                + " \"budgetType\": \"HOURLY\", \"budgetKrw\": 50000, \"durationWeeks\": 4}"),
                "platform", "recruiter", null);
    }
}
