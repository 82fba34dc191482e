package ai.talent.service.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessedEventLogTests {

    @TempDir
    Path dir;

    @Test
    void remembersProcessedIdsAcrossARestart() {
        ProcessedEventLog log = ProcessedEventLog.open(dir, Duration.ofDays(7));
        log.add("event-1");
        assertThat(log.contains("event-1")).isTrue();
        assertThat(log.contains("event-2")).isFalse();
        log.close();

        ProcessedEventLog reopened = ProcessedEventLog.open(dir, Duration.ofDays(7));
        try {
            assertThat(reopened.contains("event-1")).isTrue();
            assertThat(reopened.contains("event-2")).isFalse();
        } finally {
            reopened.close();
        }
    }

    @Test
    void aSecondLogOnTheSameFolderIsRefusedNamingTheFolder() {
        ProcessedEventLog log = ProcessedEventLog.open(dir, Duration.ofDays(7));
        try {
            assertThatThrownBy(() -> ProcessedEventLog.open(dir, Duration.ofDays(7)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(dir.toString());
        } finally {
            log.close();
        }
    }
}
