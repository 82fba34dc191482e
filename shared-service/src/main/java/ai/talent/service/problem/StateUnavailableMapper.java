package ai.talent.service.problem;

import ai.talent.service.http.HttpAdmissionConfig;
import ai.talent.service.state.StateUnavailableException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
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
        LOG.warnf("Answering %s with 503: %s", uriInfo == null ? "?" : uriInfo.getPath(), e.getMessage());
        long seconds = Math.max(1, (http.retryAfter().toMillis() + 999) / 1000);
        Response problem = Problems.response(Response.Status.SERVICE_UNAVAILABLE,
                "the service's store is unavailable (" + e.getMessage() + "); try again later", uriInfo);
        return Response.fromResponse(problem).header("Retry-After", Long.toString(seconds)).build();
    }
}
