package ai.talent.service.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFolderHealthTests {

    @TempDir
    Path temp;

    @Test
    void aFolderThatRefusesWritesIsNamedWithTheErrorUntilItTakesThemAgain() throws IOException {
        Path folder = temp.resolve("state");
        StateFolderHealth health = StateFolderHealth.watching(folder, Duration.ZERO);
        assertThat(health.writable()).isTrue();
        assertThat(Files.exists(folder.resolve(".write-probe"))).as("the probe cleans up").isFalse();

        // Without root-only tools (a full mount, chattr) a folder that is a plain file refuses writes alike.
        Files.delete(folder);
        Files.writeString(folder, "not a folder");
        health.probeNow();
        assertThat(health.failure()).isNotNull();
        assertThat(health.failure().describe()).contains(folder.toString());
        assertThatThrownBy(health::requireWritable).isInstanceOf(StateUnavailableException.class)
                .hasMessageContaining("cannot write the state folder " + folder);

        Files.delete(folder);
        Files.createDirectories(folder);
        health.probeNow();
        assertThat(health.failure()).isNull();
        health.requireWritable();
    }

    @Test
    void aStoreReportingAFailedWriteTakesReadinessDownUntilTheNextProbePasses() {
        StateFolderHealth health = StateFolderHealth.watching(temp, Duration.ZERO);
        health.report(temp.resolve("processed-ids"), new IOException("No space left on device"));
        assertThat(health.failure().describe()).contains("processed-ids").contains("No space left on device");
        health.probeNow();
        assertThat(health.writable()).isTrue();
    }

    @Test
    void theBackgroundProbeNoticesAFolderThatStopsTakingWrites() throws Exception {
        Path folder = temp.resolve("watched");
        StateFolderHealth health = StateFolderHealth.watching(folder, Duration.ofMillis(50));
        try {
            Files.delete(folder);
            Files.writeString(folder, "not a folder");
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (health.writable() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(health.writable()).isFalse();
        } finally {
            health.close();
        }
    }
}
