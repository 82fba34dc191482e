package ai.talent.service.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns JAX-RS exceptions (not found, method not allowed, unsupported media type, ...) into problem details,
 * keeping their status; a resource throws {@code new NotFoundException("No freelancer with id f-1")}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String detail;
        if (isParameterConversion(exception)) {
            // JAX-RS answers a query or path parameter it cannot convert (size=abc for an int) with 404, as if the
            // path did not exist; the client sent a malformed value, so say so with a 400.
            return Problems.response(Response.Status.BAD_REQUEST, "A query or path parameter has a malformed value: "
                    + exception.getCause().getMessage(), uriInfo);
        } else if (exception.getCause() instanceof JsonProcessingException json) {
            detail = MalformedJsonMapper.describe(json);
        } else if (isOwnMessage(exception.getMessage())) {
            detail = exception.getMessage();
        } else {
            detail = defaultDetail(status.getStatusCode());
        }
        Response problem = Problems.response(status, detail, uriInfo);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> problem.getHeaders().add(name, v));
            }
        });
        return problem;
    }

    /** A 404 raised by JAX-RS itself because a parameter's value could not be converted (it carries the cause). */
    private static boolean isParameterConversion(WebApplicationException exception) {
        return exception.getResponse().getStatus() == 404 && exception.getCause() != null
                && !(exception.getCause() instanceof WebApplicationException);
    }

    /** False for the generic texts JAX-RS and Quarkus put in exceptions they raise themselves. */
    private static boolean isOwnMessage(String message) {
        return message != null && !message.startsWith("HTTP ") && !message.startsWith("Unable to find matching");
    }

    private static String defaultDetail(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this path; see /q/openapi for the endpoints";
            case 405 -> "This path does not accept that HTTP method; see /q/openapi";
            case 406 -> "This endpoint cannot answer in the requested media type; accept application/json";
            case 415 -> "Send the request body as application/json";
            default -> "The request could not be served (HTTP " + status + ")";
        };
    }
}
