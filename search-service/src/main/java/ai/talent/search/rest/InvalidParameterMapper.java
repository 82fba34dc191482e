package ai.talent.search.rest;

import ai.talent.service.problem.ProblemDetail;
import ai.talent.service.problem.Problems;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Answers an unusable parameter with 400 problem details naming the field, like a Bean Validation failure. */
@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameterException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidParameterException e) {
        return Problems.response(Response.Status.BAD_REQUEST, e.field() + ": " + e.getMessage(), uriInfo,
                List.of(new ProblemDetail.FieldError(e.field(), e.getMessage())));
    }
}
