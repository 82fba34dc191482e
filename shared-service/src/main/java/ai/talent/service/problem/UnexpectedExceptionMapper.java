package ai.talent.service.problem;

import ai.talent.service.http.HttpAdmissionConfig;
import ai.talent.service.state.StateFailures;
import ai.talent.service.state.StateFolderHealth;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Last resort: any exception no other mapper handles becomes a 500 problem carrying a reference that is
 * also in the log, so the client never sees a stack trace and an operator can still find it. A state write the
 * disk refused (full, read-only; {@link StateFailures}) is no bug: 503 with {@code Retry-After}, and readiness DOWN.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Context
    UriInfo uriInfo;

    @Inject
    HttpAdmissionConfig http;

    @Inject
    StateFolderHealth stateFolder;

    @Override
    public Response toResponse(Exception exception) {
        if (StateFailures.isDiskFailure(exception)) {
            // A state write the disk refused (a model registry on a full disk): the client can wait it out.
            stateFolder.report(stateFolder.folder(), exception);
            return StateUnavailableMapper.unavailable(StateFailures.reason(exception), http.retryAfter(), uriInfo);
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected error serving %s (reference %s)",
                uriInfo == null ? "?" : uriInfo.getPath(), reference);
        return Problems.response(Response.Status.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred; quote reference " + reference + " when reporting it", uriInfo);
    }
}
