package ai.talent.nn.train;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises gradient recording across threads: DJL's PyTorch engine allows one open
 * {@code GradientCollector} per process and throws if a second one opens. Training steps and
 * integrated-gradients explanations both take this lock, so a service can explain requests while a
 * model trains in the background.
 */
public final class GradientLock {

    private static final ReentrantLock LOCK = new ReentrantLock();

    private GradientLock() {
    }

    /** Runs {@code work} while holding the lock. */
    public static <T> T with(Supplier<T> work) {
        LOCK.lock();
        try {
            return work.get();
        } finally {
            LOCK.unlock();
        }
    }
}
