package ai.talent.service.state;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Whether the service's state folder ({@code talent.state.dir}) takes writes. A full or read-only disk does not fail
 * every write at once — RocksDB writes into log space it reserved earlier, Kafka Streams and Lucene flush only now
 * and then — so waiting for the next real write to fail would let the intake run handlers whose idempotence record
 * may then not be written. Instead a probe writes, syncs and deletes a small file in the folder every
 * {@code talent.state.probe-interval}; the stores also {@link #report} a write that failed. While the folder fails:
 * readiness is DOWN naming the folder and the error ({@code StateReadiness}), the intake holds its partitions
 * ({@link #requireWritable()} raises {@link StateUnavailableException}, which it retries without limit), and an
 * ERROR line is logged once. The first probe that passes again clears it, and everything resumes by itself.
 */
@ApplicationScoped
public class StateFolderHealth {

    private static final Logger LOG = Logger.getLogger(StateFolderHealth.class);
    /** One page: a full tmpfs or ext4 refuses the first page it cannot allocate, not a zero-length file. */
    private static final int PROBE_BYTES = 4096;
    private static final Duration MIN_REPROBE = Duration.ofMillis(200);

    private final Path folder;
    private final Path probe;
    private final ScheduledExecutorService prober;
    private volatile Failure failure;
    private volatile long lastProbeNanos;

    /** What the folder last failed with, and since when. */
    public record Failure(Path folder, String reason, Instant since) {

        /** One line for readiness and logs: the folder and what the disk said. */
        public String describe() {
            return "cannot write the state folder " + folder + ": " + reason + " (since " + since + ")";
        }
    }

    @Inject
    public StateFolderHealth(StateConfig config) {
        this(config.dir(), config.probeInterval());
    }

    /** Probes {@code folder} every {@code interval} (a non-positive interval: only when asked). */
    public static StateFolderHealth watching(Path folder, Duration interval) {
        return new StateFolderHealth(folder, interval);
    }

    private StateFolderHealth(Path folder, Duration interval) {
        this.folder = folder.toAbsolutePath();
        this.probe = this.folder.resolve(".write-probe");
        probeNow();
        if (interval.isPositive()) {
            prober = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "talent-state-probe");
                t.setDaemon(true);
                return t;
            });
            prober.scheduleWithFixedDelay(this::probeNow, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        } else {
            prober = null;
        }
    }

    public Path folder() {
        return folder;
    }

    /** The folder's current failure, or null while it takes writes. */
    public Failure failure() {
        return failure;
    }

    public boolean writable() {
        return failure == null;
    }

    /**
     * Returns when the folder takes writes, else raises {@link StateUnavailableException} naming the folder and the
     * error. While failing it probes again (at most every 200 ms), so a caller retrying sees the recovery at once.
     */
    public void requireWritable() {
        Failure current = failure;
        if (current != null && System.nanoTime() - lastProbeNanos >= MIN_REPROBE.toNanos()) {
            probeNow();
            current = failure;
        }
        if (current != null) {
            throw new StateUnavailableException(current.describe(), new IOException(current.reason()));
        }
    }

    /** A store's write in {@code where} failed with {@code error} (a disk failure, {@link StateFailures}). */
    public void report(Path where, Throwable error) {
        fail(where, StateFailures.reason(error));
    }

    /** Writes, syncs and deletes a page-sized file in the folder; records the outcome. */
    public synchronized void probeNow() {
        lastProbeNanos = System.nanoTime();
        try {
            Files.createDirectories(folder);
            try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ByteBuffer page = ByteBuffer.allocate(PROBE_BYTES);
                while (page.hasRemaining()) {
                    channel.write(page);
                }
                channel.force(false);
            } finally {
                Files.deleteIfExists(probe);
            }
            Failure previous = failure;
            if (previous != null) {
                failure = null;
                LOG.infof("State folder %s takes writes again (it failed since %s: %s); resuming", folder,
                        previous.since(), previous.reason());
            }
        } catch (IOException | RuntimeException e) {
            fail(folder, StateFailures.reason(e));
        }
    }

    private synchronized void fail(Path where, String reason) {
        if (failure == null) {
            failure = new Failure(where, reason, Instant.now());
            LOG.errorf("Cannot write the state folder %s: %s. Readiness is DOWN and events wait (none is "
                    + "dead-lettered) until the folder takes writes again", where, reason);
        }
    }

    @PreDestroy
    public void close() {
        if (prober != null) {
            prober.shutdownNow();
        }
    }
}
