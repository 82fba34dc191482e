package ai.talent.service.event;

/**
 * A well-formed event this consumer cannot act on (wrong topic for its type, a type it does not read, key
 * disagreeing with the event);
 * thrown from an {@code @Incoming} method so the record goes to the dead-letter topic with this message.
 */
public class UnprocessableEventException extends RuntimeException {

    public UnprocessableEventException(String message) {
        super(message);
    }
}
