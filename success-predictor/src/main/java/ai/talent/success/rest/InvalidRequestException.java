package ai.talent.success.rest;

import ai.talent.service.problem.ProblemDetail;
import java.util.List;

/** A request that fails validation, with every invalid field (answered as a 400 problem). */
public class InvalidRequestException extends RuntimeException {

    private final List<ProblemDetail.FieldError> errors;

    public InvalidRequestException(String message, List<ProblemDetail.FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<ProblemDetail.FieldError> errors() {
        return errors;
    }
}
