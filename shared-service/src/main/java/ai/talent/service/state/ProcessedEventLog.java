package ai.talent.service.state;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jboss.logging.Logger;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.TtlDB;
import org.rocksdb.WriteOptions;

/**
 * The ids of the events this instance's consumer-group intake has processed, so that a redelivered event
 * (after a crash before the offset commit, or a producer retry) changes nothing and sends nothing twice — also
 * after a restart. Kept in RocksDB under {@code <talent.state.dir>/processed-ids} with a time to live
 * ({@code talent.state.processed-ids.retention}): ids older than that are dropped when RocksDB compacts, so the
 * log stays bounded and nothing of it lives on the heap. Writes go through RocksDB's write-ahead log, so an id
 * survives a killed process.
 *
 * <p>Per instance: when a partition moves to another replica, that replica has not seen the ids; the redelivered
 * event is then processed again, and its output carries the same id as before (output ids derive from input
 * ids), which downstream consumers recognise.
 */
@ApplicationScoped
public class ProcessedEventLog {

    private static final Logger LOG = Logger.getLogger(ProcessedEventLog.class);
    private static final long BLOCK_CACHE_BYTES = 4L * 1024 * 1024;
    private static final long WRITE_BUFFER_BYTES = 4L * 1024 * 1024;

    static {
        RocksDB.loadLibrary();
    }

    private final Path folder;
    private final int ttlSeconds;
    private final Options options;
    private final LRUCache cache;
    private final WriteOptions writeOptions = new WriteOptions();
    /** Reads and writes share it; reopening after a failed write takes it alone. */
    private final ReadWriteLock access = new ReentrantReadWriteLock();
    private TtlDB db;
    /** A write failed: RocksDB refuses every write after a failed log write until the database is opened again. */
    private volatile boolean failed;

    @Inject
    public ProcessedEventLog(StateConfig config) {
        this(config.dir().resolve("processed-ids"), config.processedIds().retention());
    }

    /** A log in {@code folder} remembering ids for {@code retention} (for use outside CDI, e.g. in tests). */
    public static ProcessedEventLog open(Path folder, Duration retention) {
        return new ProcessedEventLog(folder, retention);
    }

    private ProcessedEventLog(Path folder, Duration retention) {
        this.ttlSeconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, retention.toSeconds()));
        this.folder = folder;
        this.cache = new LRUCache(BLOCK_CACHE_BYTES);
        this.options = new Options()
                .setCreateIfMissing(true)
                .setWriteBufferSize(WRITE_BUFFER_BYTES)
                .setMaxWriteBufferNumber(2)
                .setTableFormatConfig(new BlockBasedTableConfig().setBlockCache(cache));
        try {
            Files.createDirectories(folder);
            this.db = TtlDB.open(options, folder.toString(), ttlSeconds, false);
        } catch (IOException e) {
            closeOptions();
            throw new UncheckedIOException("cannot create the processed-id folder " + folder, e);
        } catch (RocksDBException e) {
            closeOptions();
            throw new IllegalStateException("cannot open the processed-id log " + folder + " (" + e.getMessage()
                    + "); every instance needs its own state folder (talent.state.dir)", e);
        }
    }

    public Path folder() {
        return folder;
    }

    /**
     * Whether the id was processed.
     *
     * @throws StateUnavailableException when the log cannot be read (the event waits, it is not the event's fault)
     */
    public boolean contains(String eventId) {
        reopenIfFailed();
        access.readLock().lock();
        try {
            return db.get(key(eventId)) != null;
        } catch (RocksDBException e) {
            throw unavailable("read", e);
        } finally {
            access.readLock().unlock();
        }
    }

    /**
     * Remembers an event id as processed.
     *
     * @throws StateUnavailableException when the write failed (a full or read-only disk): the caller tries again
     *                                   later; the log reopens itself on that try
     */
    public void add(String eventId) {
        write(db -> db.put(writeOptions, key(eventId),
                ByteBuffer.allocate(Long.BYTES).putLong(System.currentTimeMillis()).array()));
    }

    /**
     * Forgets an event id, so that its redelivery is handled again: what an operator does to re-run an event,
     * and what a crash between a handler's output and {@link #add} amounts to.
     */
    public void forget(String eventId) {
        write(db -> db.delete(writeOptions, key(eventId)));
    }

    private interface Write {
        void apply(TtlDB db) throws RocksDBException;
    }

    private void write(Write write) {
        reopenIfFailed();
        access.readLock().lock();
        try {
            write.apply(db);
        } catch (RocksDBException e) {
            failed = true;
            throw unavailable("write", e);
        } finally {
            access.readLock().unlock();
        }
    }

    /**
     * After a failed write RocksDB keeps refusing writes (a background error) until the database is opened again;
     * opening needs a writable folder, so it is tried on each later call until it succeeds.
     */
    private void reopenIfFailed() {
        if (!failed) {
            return;
        }
        access.writeLock().lock();
        try {
            if (!failed) {
                return;
            }
            db.close();
            try {
                db = TtlDB.open(options, folder.toString(), ttlSeconds, false);
                failed = false;
                LOG.infof("Processed-id log %s reopened after a failed write", folder);
            } catch (RocksDBException e) {
                // The previous handle is closed: open it again read-write as soon as the folder allows.
                throw unavailable("reopen", e);
            }
        } finally {
            access.writeLock().unlock();
        }
    }

    private StateUnavailableException unavailable(String what, RocksDBException e) {
        String message = "cannot " + what + " the processed-id log " + folder + ": " + e.getMessage();
        return new StateUnavailableException(message, new IOException(message, e));
    }

    /** RocksDB's estimate of how many ids it holds (for diagnostics). */
    public long approximateSize() {
        access.readLock().lock();
        try {
            return failed ? -1 : db.getLongProperty("rocksdb.estimate-num-keys");
        } catch (RocksDBException e) {
            return -1;
        } finally {
            access.readLock().unlock();
        }
    }

    @PreDestroy
    public void close() {
        db.close();
        writeOptions.close();
        closeOptions();
    }

    private void closeOptions() {
        options.close();
        cache.close();
    }

    private static byte[] key(String eventId) {
        return eventId.getBytes(StandardCharsets.UTF_8);
    }
}
