package ai.talent.service.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Last resort: any exception no other mapper handles becomes a 500 problem carrying a reference that is
 * also in the log, so the client never sees a stack trace and an operator can still find it.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Exception exception) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected error serving %s (reference %s)",
                uriInfo == null ? "?" : uriInfo.getPath(), reference);
        return Problems.response(Response.Status.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred; quote reference " + reference + " when reporting it", uriInfo);
    }
}
