package ai.talent.search.rest;

import ai.talent.localstack.kafka.KafkaTestResource;
import ai.talent.service.testing.BearerAuthContract;
import ai.talent.service.testing.StateDirTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Search with auth on, as in prod: search is the recruiter's, the index (and its rebuild) admin's. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(StateDirTestResource.class)
@TestProfile(BearerAuthContract.AuthOn.class)
class BearerAuthTests extends BearerAuthContract {

    BearerAuthTests() {
        super(Call.get("/v1/search?q=react"),
                "recruiter", "platform", Call.get("/v1/index/rebuild"));
    }
}
