package ai.talent.service.problem;

import ai.talent.service.http.HttpAdmissionConfig;
import ai.talent.service.state.StateUnavailableException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * A request the service cannot answer because its store does not answer (e.g. the Elasticsearch node is down):
 * 503 problem details with {@code Retry-After}, a state the client can wait out, never a 500.
 */
@Provider
public class StateUnavailableMapper implements ExceptionMapper<StateUnavailableException> {

    private static final Logger LOG = Logger.getLogger(StateUnavailableMapper.class);

    @Context
    UriInfo uriInfo;

    @Inject
    HttpAdmissionConfig http;

    @Override
    public Response toResponse(StateUnavailableException e) {
        return unavailable(e.getMessage(), http.retryAfter(), uriInfo);
    }

    /** 503 problem details saying the store is unavailable and why, with {@code Retry-After}. */
    static Response unavailable(String reason, Duration retryAfter, UriInfo uriInfo) {
        LOG.warnf("Answering %s with 503: %s", uriInfo == null ? "?" : uriInfo.getPath(), reason);
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        Response problem = Problems.response(Response.Status.SERVICE_UNAVAILABLE,
                "the service's store is unavailable (" + reason + "); try again later", uriInfo);
        return Response.fromResponse(problem).header("Retry-After", Long.toString(seconds)).build();
    }
}
