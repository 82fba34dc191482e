package ai.talent.service.event;

import ai.talent.domain.event.DomainEvent;

/**
 * A well-formed event this consumer cannot act on (wrong topic for its type, key disagreeing with the event);
 * thrown from an {@code @Incoming} method so the record goes to the dead-letter topic with this message.
 */
public class UnprocessableEventException extends RuntimeException {

    public UnprocessableEventException(String message) {
        super(message);
    }

    /** An event of a type this service has no handler for, e.g. "search does not handle contract.awarded". */
    public static UnprocessableEventException notHandled(String service, DomainEvent event) {
        return new UnprocessableEventException(service + " does not handle " + event.type().wireName());
    }
}
