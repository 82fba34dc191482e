package ai.talent.service.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service's packaged application ({@code target/quarkus-app/quarkus-run.jar}, as {@code ./talent up} runs it)
 * started as a child process on a free port, against a given broker and state folder, for tests that restart a
 * service or run two of it. Its output goes to a log file; {@link #close()} stops it (SIGTERM, then kill), and a
 * shutdown hook kills it should the test JVM end first.
 */
public final class ServiceProcess implements AutoCloseable {

    /** Generous: on a loaded 2-core machine a start with Kafka Streams rejoining its group takes tens of seconds. */
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;
    private final long startedNanos;
    private final Thread killer;
    private final List<String> readinessSeen = new ArrayList<>();
    private long readyAfterMillis = -1;

    private ServiceProcess(String name, Process process, int port, Path log, long startedNanos) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
        this.startedNanos = startedNanos;
        this.killer = new Thread(process::destroyForcibly, "kill-" + name);
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /**
     * Starts the packaged application of the module the test runs in.
     *
     * @param name       names the instance in logs and failures, e.g. {@code matching-a}
     * @param bootstrap  the broker
     * @param stateDir   the instance's state folder ({@code talent.state.dir}); reuse it to restart from it
     * @param logDir     where {@code <name>.log} goes
     * @param properties further system properties for the application
     */
    public static ServiceProcess start(String name, String bootstrap, Path stateDir, Path logDir,
                                       Map<String, String> properties) {
        return start(name, Path.of("target", "quarkus-app", "quarkus-run.jar"), List.of("-Xmx256m",
                "-XX:TieredStopAtLevel=1"), bootstrap, stateDir, logDir, properties);
    }

    /** Starts the packaged application {@code jar} (another module's, e.g. for the fault tests). */
    public static ServiceProcess start(String name, Path jar, String bootstrap, Path stateDir, Path logDir,
                                       Map<String, String> properties) {
        return start(name, jar, List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), bootstrap, stateDir, logDir,
                properties);
    }

    /**
     * Starts a packaged application given by its jar, with the given JVM options (heap, JIT), for a tool that runs
     * several services at once (the load bench starts all four with the launcher's heaps and the full JIT).
     */
    public static ServiceProcess start(String name, Path runJar, List<String> jvmOptions, String bootstrap,
                                       Path stateDir, Path logDir, Map<String, String> properties) {
        Path jar = runJar.toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: the packaged application is built by "
                    + "./mvnw package (failsafe runs this test after it)");
        }
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-XX:+ExitOnOutOfMemoryError", "-Dai.djl.offline=true",
                "-Dquarkus.http.port=" + port,
                "-Dkafka.bootstrap.servers=" + bootstrap,
                "-Dtalent.state.dir=" + stateDir.toAbsolutePath()));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // The jar runs in the prod profile, where /v1 needs bearer tokens; these tests are about state, so they
            // switch auth off the documented way (auth itself: each service's BearerAuthTests).
            builder.environment().put("TALENT_AUTH_ENABLED", "false");
            Process process = builder.start();
            return new ServiceProcess(name, process, port, log, System.nanoTime());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " (" + jar + ")", e);
        }
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** {@code host:port}, as the service names itself to its peers ({@code application.server}). */
    public String address() {
        return "localhost:" + port;
    }

    /**
     * Polls {@code /q/health/ready} until it answers UP, remembering every answer on the way (status and body),
     * and returns how long after start that was.
     */
    public Duration awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " while starting; log: "
                        + log + "\n" + tail());
            }
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                readinessSeen.add(ready.statusCode() + " " + ready.body());
                if (ready.statusCode() == 200) {
                    readyAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
                    return Duration.ofMillis(readyAfterMillis);
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + name, e);
            }
            pause(50);
        }
        throw new AssertionError(name + " was not ready within " + READY_TIMEOUT + "; last answers "
                + readinessSeen.subList(Math.max(0, readinessSeen.size() - 2), readinessSeen.size()) + "; log: " + log
                + "\n" + tail());
    }

    /** The readiness answers seen by {@link #awaitReady()} before and including the first UP ("503 {...}"). */
    public List<String> readinessSeen() {
        return List.copyOf(readinessSeen);
    }

    /** GET {@code path}: status, body and the {@code Talent-Served-By} and {@code Retry-After} headers. */
    public Answer get(String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Talent-Served-By").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url() + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** POST {@code path} with a JSON body. */
    public Answer post(String path, String json) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Talent-Served-By").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + url() + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The resident memory of the process, from /proc (Linux), in MB; -1 when unknown. */
    public long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** The process id, e.g. to set its resource limits. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** The last lines of the log, for failure messages. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Kills the service at once (SIGKILL), as a crash would: nothing is committed on the way out. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the service as SIGTERM does (it commits its state on the way out), killing it after 30 s. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs anyway
        }
    }

    /** An HTTP answer of a service process, with the headers the state tests look at. */
    public record Answer(int status, String body, String servedBy, String retryAfter) {
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
