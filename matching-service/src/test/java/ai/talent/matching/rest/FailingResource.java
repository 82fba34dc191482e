package ai.talent.matching.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails unexpectedly, to check what a client sees of an internal error. */
@Path("/v1/test-only/failure")
public class FailingResource {

    @GET
    public String fail() {
        throw new IllegalStateException("database password is hunter2");
    }
}
