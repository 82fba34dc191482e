package ai.talent.service.state;

import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventType;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The id of an event a service emits in answer to an input event: a name-based UUID of the input's id and the
 * output's type, so that processing the same input again yields the same id and downstream recognises it.
 */
public final class OutputEventIds {

    private OutputEventIds() {
    }

    public static String derive(DomainEvent input, EventType output) {
        return derive(input.eventId(), output);
    }

    public static String derive(String inputEventId, EventType output) {
        return UUID.nameUUIDFromBytes((inputEventId + "\n" + output.name()).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
