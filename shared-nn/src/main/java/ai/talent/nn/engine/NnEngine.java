package ai.talent.nn.engine;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.pytorch.jni.JniUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The one place that prepares DJL's PyTorch engine: offline mode, a writable cache folder for the
 * unpacked natives, and intra/inter-op thread counts (1/1 by default, which is what holds up on
 * two shared cores). Every model in shared-nn calls {@link #get()} before touching an NDManager, and
 * every thread that runs a model calls {@link #configureCurrentThread()}.
 */
public final class NnEngine {

    /** System property / environment variable names, with the defaults used when unset. */
    public static final String THREADS_PROPERTY = "ai.djl.pytorch.num_threads";
    public static final String INTEROP_PROPERTY = "ai.djl.pytorch.num_interop_threads";
    public static final String CACHE_ENV = "DJL_CACHE_DIR";
    static final String DEFAULT_THREADS = "1";

    private static final Logger LOG = LoggerFactory.getLogger(NnEngine.class);
    private static volatile Engine engine;
    private static final ThreadLocal<Boolean> CONFIGURED = ThreadLocal.withInitial(() -> false);

    private NnEngine() {
    }

    /** Returns the PyTorch engine, configuring it on first use. */
    public static Engine get() {
        Engine e = engine;
        if (e == null) {
            synchronized (NnEngine.class) {
                e = engine;
                if (e == null) {
                    e = start();
                    engine = e;
                }
            }
        }
        return e;
    }

    /**
     * Applies the configured intra-op thread count to the calling thread and switches its gradient recording off
     * (once per thread; later calls are free). PyTorch keeps this setting per OS thread (OpenMP), so a thread other than the one that
     * started the engine runs with one thread per core; on two busy cores that made a batch of 8 through
     * a 64-256-128-1 MLP take ~13 ms instead of ~0.2 ms.
     */
    public static void configureCurrentThread() {
        if (CONFIGURED.get()) {
            return;
        }
        if ("PyTorch".equals(get().getEngineName())) {
            JniUtils.setNumThreads(intraOpThreads());
            // PyTorch starts every thread with gradient recording on; DJL switches it off only on the thread that
            // loaded the engine. Off here, so that forward passes on other threads build no autograd graph and
            // in-place weight updates are allowed; a GradientCollector switches it on for its own scope.
            JniUtils.setGradMode(false);
        }
        CONFIGURED.set(true);
    }

    /** The intra-op thread count every model thread runs with. */
    public static int intraOpThreads() {
        String threads = System.getProperty(THREADS_PROPERTY, DEFAULT_THREADS).trim();
        try {
            return Integer.parseInt(threads);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(THREADS_PROPERTY + " must be a whole number, got '" + threads + "'", e);
        }
    }

    private static Engine start() {
        System.setProperty("ai.djl.offline", "true");
        setIfAbsent(THREADS_PROPERTY, DEFAULT_THREADS);
        setIfAbsent(INTEROP_PROPERTY, DEFAULT_THREADS);
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv(CACHE_ENV) == null) {
            Path cache = Paths.get(System.getProperty("user.home"), ".djl.ai");
            System.setProperty("DJL_CACHE_DIR", cache.toString());
        }
        ensureWritable(cacheDir());
        try {
            return Engine.getEngine("PyTorch");
        } catch (EngineException | IllegalArgumentException | UnsatisfiedLinkError e) {
            throw new IllegalStateException(
                    "PyTorch natives could not be loaded offline. The classpath must hold "
                            + "ai.djl.pytorch:pytorch-native-cpu:2.7.1:linux-x86_64 and "
                            + "ai.djl.pytorch:pytorch-jni:2.7.1-0.36.0, and " + CACHE_ENV + " ("
                            + cacheDir() + ") must be writable. Cause: " + e.getMessage(), e);
        }
    }

    /**
     * Hands memory that the C allocator keeps free back to the operating system ({@code malloc_trim(0)} of glibc,
     * through the foreign-function API; nothing happens where there is no such function). Loading an encoder frees
     * a few hundred MB of transient native buffers that glibc otherwise keeps resident: measured on MiniLM, a JVM
     * holding only the encoder went from about 490 MB to about 360 MB. It first runs a garbage collection, since
     * the direct buffers that carried the weights into native memory are freed only when collected: call it once
     * after loading, not per request. Returns whether memory was released.
     */
    public static boolean trimNativeMemory() {
        System.gc();
        try {
            Linker linker = Linker.nativeLinker();
            var trim = linker.defaultLookup().find("malloc_trim");
            if (trim.isEmpty()) {
                return false;
            }
            MethodHandle call = linker.downcallHandle(trim.get(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));
            return (int) call.invokeExact(0L) == 1;
        } catch (Throwable e) {
            LOG.debug("malloc_trim is not available here: {}", e.toString());
            return false;
        }
    }

    /** The folder where DJL unpacks its natives. */
    public static Path cacheDir() {
        String dir = System.getProperty("DJL_CACHE_DIR");
        if (dir == null) {
            dir = System.getenv(CACHE_ENV);
        }
        return dir == null ? Paths.get(System.getProperty("user.home"), ".djl.ai") : Paths.get(dir);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static void ensureWritable(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (Exception e) {
            throw new IllegalStateException("DJL cache folder " + dir + " cannot be created: " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new IllegalStateException("DJL cache folder " + dir + " is not writable; set " + CACHE_ENV);
        }
    }
}
