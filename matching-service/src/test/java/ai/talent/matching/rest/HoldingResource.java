package ai.talent.matching.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Test-only endpoint that holds its request slot until the test lets go, so overload can be produced on demand
 * instead of by racing real endpoints. It echoes the body, showing that a queued request's body survives.
 */
@Path("/v1/test-only/hold")
public class HoldingResource {

    /** One permit per request that has reached the endpoint (i.e. holds a slot). */
    static final Semaphore ENTERED = new Semaphore(0);
    private static volatile CountDownLatch letGo = new CountDownLatch(0);

    /** Makes the next requests wait until {@link #letGo()}. */
    static void holdNextRequests() {
        ENTERED.drainPermits();
        letGo = new CountDownLatch(1);
    }

    static void letGo() {
        letGo.countDown();
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public String hold(String body) throws InterruptedException {
        ENTERED.release();
        if (!letGo.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The test never let the held request go");
        }
        return body;
    }
}
