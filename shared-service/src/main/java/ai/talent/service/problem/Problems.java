package ai.talent.service.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds problem-details responses so every mapper answers in the same shape and media type. */
public final class Problems {

    /** The RFC 9457 media type. */
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    private Problems() {
    }

    public static Response response(Response.StatusType status, String detail, UriInfo uri) {
        return response(status, detail, uri, null);
    }

    public static Response response(Response.StatusType status, String detail, UriInfo uri,
                                    List<ProblemDetail.FieldError> errors) {
        String instance = uri == null ? null : uri.getPath();
        var body = new ProblemDetail("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail,
                instance, errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status.getStatusCode()).type(PROBLEM_JSON).entity(body).build();
    }
}
