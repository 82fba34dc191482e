package ai.talent.success.rest;

import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.testing.BearerAuthContract;
import ai.talent.service.testing.StateDirTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Success with auth on, as in prod: predictions are the platform's, the models (promotion, rollback) admin's. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
@TestProfile(BearerAuthContract.AuthOn.class)
class BearerAuthTests extends BearerAuthContract {

    BearerAuthTests() {
        super(Call.get("/v1/predictions/quality"),
                "platform", "recruiter", Call.get("/v1/models"));
    }
}
