package ai.talent.success.rest;

import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.testing.BearerAuthContract;
import ai.talent.service.testing.StateDirTestResource;
import ai.talent.service.testing.TestAuthKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.Optional;

/** Success with auth on, as in prod: predictions are the platform's, the models (promotion, rollback) admin's. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
@TestProfile(BearerAuthTests.AuthOn.class)
class BearerAuthTests extends BearerAuthContract {

    public static class AuthOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestAuthKeys.authOn();
        }
    }

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
