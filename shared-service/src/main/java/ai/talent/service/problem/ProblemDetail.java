package ai.talent.service.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}); {@code errors} is an extension member
 * listing each invalid field so a client can point at it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(String type, String title, int status, String detail, String instance,
                            List<FieldError> errors) {

    /** One invalid input: where it is (e.g. {@code search.limit}) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
