package ai.talent.domain.event;

/**
 * A received event (or domain record) could not be decoded: names the JSON path of the offending field
 * (e.g. {@code freelancer.hourlyRate.amount}, or {@code $} for the whole body) and the reason, so that a
 * dead-letter record says what to fix.
 */
public class EventDecodingException extends RuntimeException {

    private final String field;
    private final String reason;

    public EventDecodingException(String field, String reason) {
        this(field, reason, null);
    }

    public EventDecodingException(String field, String reason, Throwable cause) {
        super(field + ": " + reason, cause);
        this.field = field;
        this.reason = reason;
    }

    /** JSON path of the field that failed, {@code $} when the body as a whole is at fault. */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
