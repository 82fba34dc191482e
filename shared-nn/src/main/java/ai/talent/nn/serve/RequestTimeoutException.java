package ai.talent.nn.serve;

import java.time.Duration;

/** A request was not answered within its timeout (queued too long or the batch ran too long). */
public class RequestTimeoutException extends RuntimeException {

    public RequestTimeoutException(Duration timeout) {
        super("model did not answer within " + timeout.toMillis() + " ms; the service is slow or overloaded");
    }
}
