package ai.talent.service.state;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The service's own store did not answer (an Elasticsearch node down, a disk that refuses writes): nothing is wrong
 * with the event or the request at hand. The intake therefore retries the event until the store answers again,
 * holding its partition, instead of dead-lettering it after a few tries (which would lose a valid event); a request
 * gets 503 with {@code Retry-After} ({@code problem/StateUnavailableMapper}).
 */
public class StateUnavailableException extends UncheckedIOException {

    public StateUnavailableException(String message, IOException cause) {
        super(message, cause);
    }
}
