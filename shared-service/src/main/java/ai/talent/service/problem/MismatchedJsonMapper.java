package ai.talent.service.problem;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers JSON of the wrong shape (a string where a number belongs, an unknown enum constant) with a 400 problem
 * naming the field; declared for this exact type so it wins over Quarkus's built-in plain-JSON mapper.
 */
@Provider
public class MismatchedJsonMapper implements ExceptionMapper<MismatchedInputException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(MismatchedInputException exception) {
        return Problems.response(Response.Status.BAD_REQUEST, MalformedJsonMapper.describe(exception), uriInfo);
    }
}
