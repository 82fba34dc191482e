package ai.talent.service.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.junit.jupiter.api.Test;
import org.rocksdb.RocksDBException;
import org.rocksdb.Status;

class StateFailuresTests {

    @Test
    void aFullOrReadOnlyDiskIsADiskFailureWhereverItSurfaces() {
        assertThat(StateFailures.isDiskFailure(new IOException("No space left on device"))).isTrue();
        assertThat(StateFailures.isDiskFailure(new AccessDeniedException("/state/x"))).isTrue();
        // RocksDB under Kafka Streams: a flush to a full disk, with and without the sub-code
        var noSpace = new RocksDBException("IO error: No space left on device: While appending to file: 000012.sst",
                new Status(Status.Code.IOError, Status.SubCode.NoSpace, null));
        assertThat(StateFailures.isDiskFailure(new ProcessorStateException("Error while executing flush", noSpace)))
                .isTrue();
        assertThat(StateFailures.isDiskFailure(new ProcessorStateException("flush failed",
                new RocksDBException("IO error: While open a file for appending: /s/000013.log: "
                        + "Read-only file system"))))
                .isTrue();
        assertThat(StateFailures.reason(new IllegalStateException("model save failed",
                new UncheckedIOException(new IOException("No space left on device")))))
                .isEqualTo("No space left on device");
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(StateFailures.isDiskFailure(new IllegalArgumentException("No space left on device"))).isFalse();
        assertThat(StateFailures.isDiskFailure(new NoSuchFileException("/state/models/v3"))).isFalse();
        assertThat(StateFailures.isDiskFailure(new IOException("connection reset"))).isFalse();
        assertThat(StateFailures.isDiskFailure(new ProcessorStateException("store not open"))).isFalse();
    }
}
