package ai.talent.service.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
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

    @Test
    void aWriteToAFullDiskIsTheStateBeingUnavailableAndTheLogReopensOnceThereIsRoomAgain() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("small-disk"));
        // A real full disk needs a file system of its own: root mounts a small tmpfs; elsewhere this is skipped.
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=8m", "talent-test-full", mount.toString()),
                "a full disk needs root and mount (tmpfs); not available here");
        try {
            ProcessedEventLog log = ProcessedEventLog.open(mount.resolve("processed-ids"), Duration.ofDays(7));
            try {
                log.add("before");
                fill(mount.resolve("filler"));
                // RocksDB writes into log space it reserved earlier, so the first writes may still pass
                String padding = "x".repeat(1024);
                StateUnavailableException refused = null;
                int written = 0;
                for (; written < 100_000 && refused == null; written++) {
                    try {
                        log.add("event-" + written + padding);
                    } catch (StateUnavailableException e) {
                        refused = e;
                    }
                }
                assertThat(refused).as("a write refused within %d ids", written).isNotNull();
                assertThat(refused).hasMessageContaining("No space left on device")
                        .hasMessageContaining(mount.resolve("processed-ids").toString());
                assertThat(log.contains("before")).isTrue();

                Files.delete(mount.resolve("filler"));
                log.add("after");
                assertThat(log.contains("after")).isTrue();
                assertThat(log.contains("before")).isTrue();
            } finally {
                log.close();
            }
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    private static void fill(Path filler) {
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] chunk = new byte[1 << 16];
            while (true) {
                out.write(chunk);
            }
        } catch (IOException full) {
            // full
        }
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
