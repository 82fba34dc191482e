package ai.talent.service.state.keyed;

import ai.talent.service.state.StateFailures;
import ai.talent.service.state.StateFolderHealth;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.jboss.logging.Logger;

/**
 * What a Kafka Streams thread that died does next (Quarkus installs this bean on the {@code KafkaStreams} it makes).
 * A store write the disk refused (RocksDB flushing to a full or read-only folder) is reported to
 * {@link StateFolderHealth}, which holds readiness DOWN, and the thread is replaced: the new one takes its tasks up
 * again from the changelog and the last commit (exactly-once: nothing half-done is kept), failing again while the disk
 * refuses and carrying on once it takes writes, so the service recovers without a restart. Anything else shuts the
 * client down, as Kafka Streams does by default; readiness then stays DOWN.
 */
@ApplicationScoped
public class StateFailureStreamsHandler implements StreamsUncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(StateFailureStreamsHandler.class);

    private final StateFolderHealth stateFolder;

    public StateFailureStreamsHandler(StateFolderHealth stateFolder) {
        this.stateFolder = stateFolder;
    }

    @Override
    public StreamThreadExceptionResponse handle(Throwable exception) {
        if (StateFailures.isDiskFailure(exception)) {
            stateFolder.report(stateFolder.folder(), exception);
            LOG.errorf("A Kafka Streams thread failed writing its state (%s); replacing it, it resumes from the last "
                    + "commit once the state folder takes writes", StateFailures.reason(exception));
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        }
        LOG.errorf(exception, "A Kafka Streams thread failed; shutting the keyed state down");
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }
}
