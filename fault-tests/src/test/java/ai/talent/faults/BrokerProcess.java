package ai.talent.faults;

import ai.talent.localstack.kafka.KafkaBrokerMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The Kafka broker of {@code ./talent up} ({@link KafkaBrokerMain}) as a child process on fixed loopback ports and a
 * fixed data folder, so that it can be killed with SIGKILL mid-stream and started again where it was: same port,
 * same data, as a crashed broker comes back. Output goes to {@code <logDir>/kafka.log}.
 */
final class BrokerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final int port;
    private final int controllerPort;
    private final Path dataDir;
    private final Path log;
    private Process process;
    private Thread killer;

    private BrokerProcess(int port, int controllerPort, Path dataDir, Path log) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDir = dataDir;
        this.log = log;
    }

    /** Starts a broker on two free ports with its data in {@code dataDir}. */
    static BrokerProcess start(Path dataDir, Path logDir) {
        int[] ports = freePorts();
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BrokerProcess broker = new BrokerProcess(ports[0], ports[1], dataDir, logDir.resolve("kafka.log"));
        broker.restart();
        return broker;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Starts the process (again) on the same ports and data folder; returns once it prints its ready line. */
    Duration restart() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the broker still runs");
        }
        long started = System.nanoTime();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), KafkaBrokerMain.class.getName(),
                "--port", Integer.toString(port), "--controller-port", Integer.toString(controllerPort),
                "--data-dir", dataDir.toAbsolutePath().toString());
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the broker process", e);
        }
        Process started0 = process;
        killer = new Thread(started0::destroyForcibly, "kill-kafka");
        Runtime.getRuntime().addShutdownHook(killer);
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread pump = new Thread(() -> pump(started0, ready), "kafka-console");
        pump.setDaemon(true);
        pump.start();
        try {
            ready.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            started0.destroyForcibly();
            throw new IllegalStateException("the broker process did not get ready within " + START_TIMEOUT
                    + " (log: " + log + ")", e);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** SIGKILL: nothing is flushed or closed on the way out. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        removeHook();
    }

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

    private void pump(Process p, CompletableFuture<Void> ready) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(),
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

    private static int[] freePorts() {
        try (ServerSocket a = new ServerSocket(0); ServerSocket b = new ServerSocket(0)) {
            return new int[] {a.getLocalPort(), b.getLocalPort()};
        } catch (IOException e) {
            throw new UncheckedIOException("no free ports", e);
        }
    }
}
