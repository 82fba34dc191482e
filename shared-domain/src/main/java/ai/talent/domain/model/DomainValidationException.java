package ai.talent.domain.model;

/**
 * Thrown when a domain record is built with a value the domain does not allow; names the offending field
 * (relative to the record) and the reason, so the codec can report the full JSON path.
 */
public class DomainValidationException extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public DomainValidationException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The field that failed, relative to the record that rejected it (e.g. {@code amount}). */
    public String field() {
        return field;
    }

    /** Why it failed, e.g. {@code must be ≥ 0, was -5}. */
    public String reason() {
        return reason;
    }
}
