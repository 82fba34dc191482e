package ai.talent.domain.event;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids of the events a service emits in answer to an event it consumed. The id is a name-based UUID of the producer,
 * the output type and the input event's id, so processing the same input again (a redelivery after a crash, a
 * retry after a partial failure) emits an event with the same id, and downstream consumers, idempotent on the id,
 * take it once.
 */
public final class EventIds {

    private EventIds() {
    }

    /**
     * The id of the {@code output} event that {@code producer} (its CloudEvents source) emits because of the event
     * {@code inputEventId}. One input yields at most one output of each type, so these three name it.
     */
    public static String derived(String producer, EventType output, String inputEventId) {
        if (producer == null || producer.isBlank() || inputEventId == null || inputEventId.isBlank()) {
            throw new IllegalArgumentException("a derived id needs a producer and an input event id, was "
                    + producer + " and " + inputEventId);
        }
        String name = producer + '\n' + output.wireName() + '\n' + inputEventId;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
