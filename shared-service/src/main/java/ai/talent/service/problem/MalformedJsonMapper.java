package ai.talent.service.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/** Answers a request body that is not valid JSON, or JSON of the wrong shape, with 400 naming where it broke. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonProcessingException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return Problems.response(Response.Status.BAD_REQUEST, describe(exception), uriInfo);
    }

    static String describe(JsonProcessingException exception) {
        String where = exception.getLocation() == null ? ""
                : " at line " + exception.getLocation().getLineNr() + ", column " + exception.getLocation().getColumnNr();
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return "The request body has a wrong value for '" + field + "'" + where + ": " + exception.getOriginalMessage();
        }
        return "The request body is not valid JSON" + where + ": " + exception.getOriginalMessage();
    }
}
