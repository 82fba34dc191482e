package ai.talent.localstack.kafka;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The broker of {@code ./talent up} ({@link KafkaBrokerMain}) as a child JVM on two free loopback ports, for
 * harnesses that need the broker out of their own heap and threads (the load benchmark) or need to kill it and start
 * it again where it was (the fault scenarios: {@link #kill()} is SIGKILL, {@link #restart()} comes back on the same
 * ports and data folder, as a crashed broker does). The broker's output is appended to one log file. A broker that
 * does not get ready in time is killed before the error is thrown, and a shutdown hook kills a broker its owner never
 * closed: a failed start leaves no process behind.
 */
public final class BrokerProcess implements AutoCloseable {

    /** Small and quick to start: the broker of a test run holds little data. */
    public static final List<String> DEFAULT_JVM_OPTIONS =
            List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final int port;
    private final int controllerPort;
    private final Path dataDir;
    private final Path log;
    private final List<String> jvmOptions;
    private Process process;
    private Thread killer;

    private BrokerProcess(int port, int controllerPort, Path dataDir, Path log, List<String> jvmOptions) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDir = dataDir;
        this.log = log;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** Starts a broker with {@link #DEFAULT_JVM_OPTIONS}; returns once clients can connect. */
    public static BrokerProcess start(Path dataDir, Path log) {
        return start(dataDir, log, DEFAULT_JVM_OPTIONS);
    }

    /** Starts a broker whose JVM gets {@code jvmOptions}, its data in {@code dataDir}, its output in {@code log}. */
    public static BrokerProcess start(Path dataDir, Path log, List<String> jvmOptions) {
        int port = FreePorts.pick(HOST, 0);
        int controllerPort = FreePorts.pickOtherThan(HOST, 0, port);
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + log, e);
        }
        BrokerProcess broker = new BrokerProcess(port, controllerPort, dataDir, log, jvmOptions);
        broker.restart();
        return broker;
    }

    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** Starts the process (again) on the same ports and data folder; returns how long it took to get ready. */
    public Duration restart() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the broker still runs");
        }
        long started = System.nanoTime();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), KafkaBrokerMain.class.getName(),
                "--host", HOST, "--port", Integer.toString(port), "--controller-port", Integer.toString(controllerPort),
                "--data-dir", dataDir.toAbsolutePath().toString()));
        Process child;
        try {
            child = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the broker process", e);
        }
        process = child;
        killer = new Thread(child::destroyForcibly, "kill-kafka-" + port);
        Runtime.getRuntime().addShutdownHook(killer);
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread pump = new Thread(() -> pump(child, ready), "kafka-console-" + port);
        pump.setDaemon(true);
        pump.start();
        try {
            ready.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the broker started", e);
        } catch (Exception e) {
            kill();
            throw new IllegalStateException("the broker process did not get ready within " + START_TIMEOUT.toSeconds()
                    + " s (log: " + log + ")", e);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** SIGKILL: nothing is flushed or closed on the way out. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        removeHook();
    }

    /** Asks the broker to stop, and kills it if it has not within 30 s. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        removeHook();
    }

    private void removeHook() {
        try {
            if (killer != null) {
                Runtime.getRuntime().removeShutdownHook(killer);
            }
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway
        }
        killer = null;
    }

    /** Copies the broker's output to the log (the pipe must be drained or the broker blocks) and spots its ready line. */
    private void pump(Process child, CompletableFuture<Void> ready) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                     StandardOpenOption.APPEND)) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.write(line);
                out.write('\n');
                out.flush();
                if (line.startsWith(KafkaBrokerMain.READY_PREFIX)) {
                    ready.complete(null);
                }
            }
        } catch (IOException e) {
            // the pipe closes when the process dies
        } finally {
            ready.completeExceptionally(new IllegalStateException("the broker process exited"));
        }
    }
}
