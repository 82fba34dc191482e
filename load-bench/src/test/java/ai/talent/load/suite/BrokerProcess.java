package ai.talent.load.suite;

import ai.talent.localstack.kafka.KafkaBrokerMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A Kafka broker in its own JVM ({@link KafkaBrokerMain}, as {@code ./talent up} runs it) on free ports, so that the
 * broker's work does not share the load generator's heap and threads; stopped on {@link #close()} or JVM exit.
 */
public final class BrokerProcess implements AutoCloseable {

    private final Process process;
    private final String bootstrap;
    private final Thread killer;

    private BrokerProcess(Process process, String bootstrap) {
        this.process = process;
        this.bootstrap = bootstrap;
        this.killer = new Thread(process::destroyForcibly, "kill-load-broker");
        Runtime.getRuntime().addShutdownHook(killer);
    }

    public static BrokerProcess start(Path dataDir, Path log) {
        int port = freePort();
        int controller = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                KafkaBrokerMain.class.getName(), "--port", Integer.toString(port), "--controller-port",
                Integer.toString(controller), "--data-dir", dataDir.toString());
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
                try (BufferedReader out = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        if (line.startsWith(KafkaBrokerMain.READY_PREFIX)) {
                            String address = line.substring(KafkaBrokerMain.READY_PREFIX.length()).trim();
                            // keep draining so that the broker never blocks on a full pipe
                            Thread.ofVirtual().start(() -> drain(out));
                            return address;
                        }
                    }
                    return null;
                } catch (IOException e) {
                    return null;
                }
            });
            String address = ready.get(120, TimeUnit.SECONDS);
            if (address == null) {
                throw new IllegalStateException("the Kafka broker exited while starting; log: " + log);
            }
            return new BrokerProcess(process, address);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Kafka broker", e);
        } catch (Exception e) {
            throw new IllegalStateException("the Kafka broker did not start within 120 s; log: " + log, e);
        }
    }

    public String bootstrapServers() {
        return bootstrap;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs anyway
        }
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // discard
            }
        } catch (IOException e) {
            // the broker stopped
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
