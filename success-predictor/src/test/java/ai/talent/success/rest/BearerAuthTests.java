package ai.talent.success.rest;

import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.testing.BearerAuthContract;
import ai.talent.service.testing.StateDirTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Optional;

/** Success with auth on, as in prod: predictions are the platform's, the models (promotion, rollback) admin's. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
@TestProfile(BearerAuthContract.AuthOn.class)
class BearerAuthTests extends BearerAuthContract {

    @Override
    protected Call allowed() {
        return Call.get("/v1/predictions/quality");
    }

    @Override
    protected String role() {
        return "platform";
    }

    @Override
    protected String otherRole() {
        return "recruiter";
    }

    @Override
    protected Optional<Call> adminOnly() {
        return Optional.of(Call.get("/v1/models"));
    }
}
