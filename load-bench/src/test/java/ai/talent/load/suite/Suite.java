package ai.talent.load.suite;

import ai.talent.localstack.kafka.BrokerProcess;
import ai.talent.service.testing.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The suite the load bench measures: a broker process and the four packaged services (their
 * {@code target/quarkus-app} jars, as {@code ./talent up} runs them, with the launcher's heaps) on free ports, each
 * with its own temporary state folder, so that it never meets the fixed ports of {@code ./talent up} or another run.
 * Everything is stopped and the state deleted on {@link #close()}.
 */
public final class Suite implements AutoCloseable {

    /** The four services and the heap {@code ./talent up} gives each. */
    public static final Map<String, String> HEAPS = new LinkedHashMap<>();

    static {
        HEAPS.put("matching-service", "512m");
        HEAPS.put("search-service", "512m");
        HEAPS.put("success-predictor", "384m");
        HEAPS.put("tutoring-service", "384m");
    }

    private final Path work;
    private final BrokerProcess broker;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private Suite(Path work, BrokerProcess broker) {
        this.work = work;
        this.broker = broker;
    }

    /**
     * Starts the broker and the given services (all at once, then waits for each to be ready).
     *
     * @param root     the project root (the services' jars are under {@code <service>/target/quarkus-app})
     * @param logDir   where the broker's and the services' logs go
     * @param overrides configuration properties given to every service
     * @param jvmOptions JVM options added for every service after its heap (e.g. native memory tracking)
     */
    public static Suite start(Path root, List<String> names, Path logDir, Map<String, String> overrides,
                              List<String> jvmOptions) {
        for (String name : names) {
            Path jar = jar(root, name);
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: build the services first (./mvnw package "
                        + "-DskipTests; ./talent bench load does it when sources changed)");
            }
        }
        Path work;
        try {
            work = Files.createTempDirectory("talent-load-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the bench's state folder", e);
        }
        BrokerProcess broker = BrokerProcess.start(work.resolve("kafka"), logDir.resolve("kafka.log"),
                List.of("-Xmx384m"));
        Suite suite = new Suite(work, broker);
        try {
            String registry = root.resolve("target/models/registry").toString();
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("talent.encoder.registry", registry);
            properties.put("quarkus.log.console.json.enabled", "false");
            properties.putAll(overrides);
            for (String name : names) {
                List<String> jvm = new ArrayList<>(List.of("-Xmx" + HEAPS.getOrDefault(name, "384m")));
                jvm.addAll(jvmOptions);
                suite.services.put(name, ServiceProcess.start(name, jar(root, name), jvm, broker.bootstrapServers(),
                        work.resolve(name), logDir, properties));
            }
            for (ServiceProcess service : suite.services.values()) {
                service.awaitReady();
            }
            return suite;
        } catch (RuntimeException | AssertionError e) {
            suite.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("service " + name + " is not running in this bench");
        }
        return service;
    }

    public List<String> names() {
        return List.copyOf(services.keySet());
    }

    public long brokerPid() {
        return broker.pid();
    }

    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        services.values().forEach(s -> {
            try {
                s.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        });
        broker.close();
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
        if (!failures.isEmpty()) {
            throw failures.getFirst();
        }
    }

    private static Path jar(Path root, String name) {
        return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
