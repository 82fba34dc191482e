package ai.talent.success.rest;

import ai.talent.service.problem.Problems;
import ai.talent.success.feature.UnknownEntityException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A prediction for a freelancer or project the service has not received is a 404 problem naming it. */
@Provider
public class UnknownEntityMapper implements ExceptionMapper<UnknownEntityException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(UnknownEntityException e) {
        String topic = e.kind().equals("project") ? "projects" : "freelancers";
        return Problems.response(Response.Status.NOT_FOUND, "No " + e.kind() + " with id " + e.id()
                + " has been received on the " + topic + " topic", uriInfo);
    }
}
