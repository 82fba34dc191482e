package ai.talent.localstack.es;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real single-node Elasticsearch 9 for tests, run in a child JVM 21+ (Elasticsearch and its Lucene 10 must
 * never share the suite's Java 17 classpath). It listens on a free loopback port, knows the {@code nori}
 * analyzer, and stops when closed or when this JVM ends.
 *
 * <pre>{@code
 * try (ElasticsearchNode es = ElasticsearchNode.start()) {
 *     URI url = es.url();   // http://127.0.0.1:PORT
 * }
 * }</pre>
 */
public final class ElasticsearchNode implements AutoCloseable {

    static final String MAIN_CLASS = "ai.talent.localstack.es.node.EsNodeMain";
    static final String READY_PREFIX = "ES_READY ";
    private static final int LOG_LINES_KEPT = 60;
    private static final long STOP_GRACE_SECONDS = 15;

    private final Process process;
    private final String url;
    private final Path homeDir;
    private final boolean deleteHomeOnClose;
    private final Thread shutdownHook;
    private boolean closed;

    private ElasticsearchNode(Process process, String url, Path homeDir, boolean deleteHomeOnClose) {
        this.process = process;
        this.url = url;
        this.homeDir = homeDir;
        this.deleteHomeOnClose = deleteHomeOnClose;
        this.shutdownHook = new Thread(this::stopProcess, "elasticsearch-node-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public static ElasticsearchNode start() {
        return start(ElasticsearchNodeSettings.defaults());
    }

    /** Compiles the node if needed, starts it and returns once it serves HTTP. */
    public static ElasticsearchNode start(ElasticsearchNodeSettings settings) {
        Path jdk = JdkLocator.locate();
        String classpath = EsNodeBuild.classpath(jdk, settings.cacheDir());
        boolean temporary = settings.homeDir() == null;
        Path home;
        try {
            home = temporary ? Files.createTempDirectory("talent-es-") : Files.createDirectories(settings.homeDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Elasticsearch home folder " + settings.homeDir(), e);
        }
        List<String> command = List.of(jdk.resolve("bin/java").toString(),
                "-Xms" + settings.heap(), "-Xmx" + settings.heap(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-cp", classpath, MAIN_CLASS, home.toString(), Integer.toString(settings.httpPort()));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot launch " + jdk.resolve("bin/java"), e);
        }
        ConsoleWatcher console = new ConsoleWatcher(process, home.resolve("console.log"));
        console.start();
        try {
            String url = console.ready.get(settings.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new ElasticsearchNode(process, url, home, temporary);
        } catch (TimeoutException | ExecutionException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
            String reason = e instanceof TimeoutException
                    ? "did not become ready within " + settings.startTimeout().toSeconds() + " s"
                    : "exited before becoming ready (exit code " + exitCode(process) + ")";
            if (temporary) {
                EsNodeBuild.deleteRecursively(home);
            }
            throw new IllegalStateException("Elasticsearch node (" + jdk + ") " + reason + ". Its last output:\n"
                    + String.join("\n", console.lastLines()), e);
        }
    }

    /** The node's HTTP address, e.g. {@code http://127.0.0.1:40123}. */
    public String url() {
        return url;
    }

    /** The child process id, e.g. to measure its memory. */
    public long pid() {
        return process.pid();
    }

    public Path homeDir() {
        return homeDir;
    }

    /**
     * Kills the node at once (SIGKILL), as a crash would, keeping its home: a fault test starts it again from there
     * ({@link ElasticsearchNodeSettings#withHomeDir}, {@link ElasticsearchNodeSettings#withHttpPort}).
     */
    public synchronized void kill() {
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and the hook stops the node
        }
        process.destroyForcibly();
        try {
            process.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and the hook stops the node
        }
        stopProcess();
        if (deleteHomeOnClose) {
            EsNodeBuild.deleteRecursively(homeDir);
        }
    }

    /** Closing the child's input asks it to stop cleanly; a node that does not is killed. */
    private void stopProcess() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String exitCode(Process process) {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /**
     * Reads the child's output for its whole life: completes {@link #ready} with the URL from the ready line,
     * keeps the last lines for error messages and copies everything to a log file. Draining matters: a child
     * whose output pipe fills up blocks.
     */
    private static final class ConsoleWatcher extends Thread {

        final CompletableFuture<String> ready = new CompletableFuture<>();
        private final Process process;
        private final Path logFile;
        private final Deque<String> lastLines = new ArrayDeque<>();

        ConsoleWatcher(Process process, Path logFile) {
            super("elasticsearch-node-console");
            setDaemon(true);
            this.process = process;
            this.logFile = logFile;
        }

        @Override
        public void run() {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
                 Writer log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    remember(line);
                    log.write(line);
                    log.write('\n');
                    if (!ready.isDone() && line.startsWith(READY_PREFIX)) {
                        ready.complete(line.substring(READY_PREFIX.length()).trim());
                        log.flush();
                    }
                }
            } catch (IOException e) {
                // the pipe closes when the child dies; the log file may be gone with a deleted home
            } finally {
                ready.completeExceptionally(new IllegalStateException("the node's output ended"));
            }
        }

        private synchronized void remember(String line) {
            lastLines.addLast(line);
            if (lastLines.size() > LOG_LINES_KEPT) {
                lastLines.removeFirst();
            }
        }

        synchronized List<String> lastLines() {
            return new ArrayList<>(lastLines);
        }
    }
}
