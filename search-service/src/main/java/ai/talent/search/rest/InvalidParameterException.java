package ai.talent.search.rest;

/** A request parameter whose value the search cannot use (unknown sort, facet or region, a bad range...). */
public class InvalidParameterException extends RuntimeException {

    private final String field;

    public InvalidParameterException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
