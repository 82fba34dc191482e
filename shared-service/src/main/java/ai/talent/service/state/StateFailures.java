package ai.talent.service.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.List;
import java.util.Locale;
import org.rocksdb.RocksDBException;
import org.rocksdb.Status;

/**
 * Which failures are the local disk refusing a write of the service's state (a full or read-only file system, a
 * folder the process may not write), as opposed to a bug or a bad event. Such a failure passes once the disk is
 * writable again, so it is handled like {@link StateUnavailableException}: the intake holds the partition, a request
 * gets 503 with {@code Retry-After}, readiness goes DOWN ({@link StateFolderHealth}).
 */
public final class StateFailures {

    /** What the operating system says (strerror), as Java's file I/O and RocksDB pass it on. */
    private static final List<String> DISK_ERRORS = List.of("no space left on device", "read-only file system",
            "disk quota exceeded", "permission denied", "operation not permitted");

    private StateFailures() {
    }

    /** Whether {@code failure} or one of its causes is the disk refusing a state write. */
    public static boolean isDiskFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return true;
            }
            if (t instanceof RocksDBException rocks && rocks.getStatus() != null
                    && rocks.getStatus().getSubCode() == Status.SubCode.NoSpace) {
                return true;
            }
            if ((t instanceof IOException || t instanceof RocksDBException || t instanceof UncheckedIOException
                    || t.getClass().getName().startsWith("org.apache.kafka.streams.errors.")) && namesDiskError(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * The innermost message that names the disk's error ("No space left on device"), else the innermost
     * cause's: what the operating system said, without the wrappers' prefixes.
     */
    public static String reason(Throwable failure) {
        String named = null;
        Throwable innermost = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (namesDiskError(t)) {
                named = message(t);
            }
            innermost = t;
            if (t.getCause() == t) {
                break;
            }
        }
        return named != null ? named : message(innermost);
    }

    private static boolean namesDiskError(Throwable t) {
        String message = t.getMessage();
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return DISK_ERRORS.stream().anyMatch(lower::contains);
    }

    private static String message(Throwable t) {
        if (t instanceof FileSystemException fs) {
            // "<file>: Read-only file system"; without a reason the exception's kind says what went wrong
            return fs.getReason() != null ? fs.getMessage() : fs.getFile() + ": " + fs.getClass().getSimpleName();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
