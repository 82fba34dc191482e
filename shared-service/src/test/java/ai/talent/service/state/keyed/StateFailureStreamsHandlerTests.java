package ai.talent.service.state.keyed;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.service.state.StateFolderHealth;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.RocksDBException;

class StateFailureStreamsHandlerTests {

    @TempDir
    Path stateDir;

    @Test
    void aStoreWriteTheDiskRefusedReplacesTheThreadAndTakesReadinessDown() {
        StateFolderHealth health = StateFolderHealth.watching(stateDir, Duration.ZERO);
        var handler = new StateFailureStreamsHandler(health);
        var flush = new ProcessorStateException("Error while executing flush from store outcomes",
                new RocksDBException("IO error: No space left on device: While appending to file: 000009.sst"));
        assertThat(handler.handle(flush)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(health.failure().reason()).contains("No space left on device");
    }

    @Test
    void anyOtherFailureShutsTheClientDownAsKafkaStreamsDoesByDefault() {
        StateFolderHealth health = StateFolderHealth.watching(stateDir, Duration.ZERO);
        var handler = new StateFailureStreamsHandler(health);
        assertThat(handler.handle(new IllegalStateException("a bug"))).isEqualTo(
                StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
        assertThat(health.writable()).isTrue();
    }
}
