package ai.talent.success.rest;

import ai.talent.service.problem.Problems;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers an invalid prediction request with a 400 problem naming each field. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidRequestException exception) {
        return Problems.response(Response.Status.BAD_REQUEST, exception.getMessage(), uriInfo, exception.errors());
    }
}
