package ai.talent.search.rank;

import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The small pool a search's BM25 leg runs on while the calling thread encodes the query and runs the kNN leg
 * ({@code talent.search.leg-threads}). Bounded and without a queue: a leg starts at once on an idle thread or, when
 * every thread is busy (many searches at once, where a second core has nothing left to give), runs on the calling
 * thread before its dense leg, one leg after the other as without the pool. So the pool never holds a search's leg
 * behind another search's and never refuses one.
 */
public final class LegExecutor implements Executor, AutoCloseable {

    private final ThreadPoolExecutor pool;

    public LegExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a leg executor needs at least one thread, got " + threads);
        }
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "search-leg-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        // Refused (all threads busy, or the pool shut down at service stop): the caller runs the leg itself. Never
        // ThreadPoolExecutor.CallerRunsPolicy, which drops the leg once the pool is shut down and leaves its search
        // waiting for it.
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), factory,
                (leg, pool) -> leg.run());
        pool.allowCoreThreadTimeOut(true);
    }

    public int threads() {
        return pool.getMaximumPoolSize();
    }

    @Override
    public void execute(Runnable leg) {
        pool.execute(leg);
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
