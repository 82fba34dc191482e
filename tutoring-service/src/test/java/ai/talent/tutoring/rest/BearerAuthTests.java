package ai.talent.tutoring.rest;

import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.testing.BearerAuthContract;
import ai.talent.service.testing.StateDirTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Tutoring with auth on, as in prod: learners and portfolios are the platform's; a recruiter's token is refused. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
@TestProfile(BearerAuthContract.AuthOn.class)
class BearerAuthTests extends BearerAuthContract {

    BearerAuthTests() {
        super(Call.get("/v1/learners/never-seen/mastery"),
                "platform", "recruiter", null);
    }
}
