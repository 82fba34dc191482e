package ai.talent.service.state.keyed;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.jboss.logging.Logger;

/**
 * Follows the Kafka Streams instance of the service (Quarkus hands it this listener): its state, whether it has
 * been RUNNING since start (restore finished, so keyed reads answer), and what restoring took.
 */
@ApplicationScoped
@Unremovable
public class KeyedStateStatus implements KafkaStreams.StateListener, StateRestoreListener {

    private static final Logger LOG = Logger.getLogger(KeyedStateStatus.class);

    private final long created = System.nanoTime();
    private final AtomicLong restoredRecords = new AtomicLong();
    private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;
    private volatile boolean reachedRunning;

    @Override
    public void onChange(KafkaStreams.State newState, KafkaStreams.State oldState) {
        state = newState;
        if (newState == KafkaStreams.State.RUNNING && !reachedRunning) {
            reachedRunning = true;
            LOG.infof("Keyed state running %d ms after start (%d records restored from changelogs)",
                    (System.nanoTime() - created) / 1_000_000, restoredRecords.get());
        }
    }

    public KafkaStreams.State state() {
        return state;
    }

    /** True once the instance has restored its stores and run, unless it has stopped or failed since. */
    public boolean ready() {
        return reachedRunning && state != KafkaStreams.State.ERROR && state != KafkaStreams.State.PENDING_ERROR
                && state != KafkaStreams.State.NOT_RUNNING && state != KafkaStreams.State.PENDING_SHUTDOWN;
    }

    public long restoredRecords() {
        return restoredRecords.get();
    }

    @Override
    public void onRestoreStart(TopicPartition partition, String store, long startingOffset, long endingOffset) {
        LOG.debugf("Restoring %s (%s) from offset %d to %d", store, partition, startingOffset, endingOffset);
    }

    @Override
    public void onBatchRestored(TopicPartition partition, String store, long batchEndOffset, long numRestored) {
        restoredRecords.addAndGet(numRestored);
    }

    @Override
    public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {
        LOG.debugf("Restored %s (%s): %d records", store, partition, totalRestored);
    }
}
