package ai.talent.faults;

import ai.talent.localstack.kafka.BrokerProcess;
import ai.talent.service.testing.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What every scenario runs on: the project root (where the services' packaged applications are), a work folder
 * (state folders, the broker's data, logs), and one broker process shared by the scenarios (the broker-kill
 * scenario kills and restarts it; the others find it running).
 */
final class FaultRig implements AutoCloseable {

    /** The services' consumers in the prod profile wait 45 s for a dead member; a crash test need not. */
    static final Map<String, String> SERVICE_PROPERTIES = Map.of(
            "mp.messaging.connector.smallrye-kafka.session.timeout.ms", "6000",
            "mp.messaging.connector.smallrye-kafka.heartbeat.interval.ms", "1000",
            "quarkus.log.console.json.enabled", "false");

    private final Path root;
    private final Path work;
    private final Path logs;
    private final BrokerProcess broker;

    private FaultRig(Path root, Path work, Path logs, BrokerProcess broker) {
        this.root = root;
        this.work = work;
        this.logs = logs;
        this.broker = broker;
    }

    /** A rig under a fresh temporary folder, logs under {@code logs}; starts the broker process. */
    static FaultRig open(Path logs) {
        Path root = projectRoot();
        try {
            Path work = Files.createTempDirectory("talent-faults-");
            return new FaultRig(root, work, logs, BrokerProcess.start(work.resolve("kafka"), logs.resolve("kafka.log")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the work folder", e);
        }
    }

    BrokerProcess broker() {
        return broker;
    }

    String bootstrap() {
        return broker.bootstrapServers();
    }

    Path logs() {
        return logs;
    }

    /** A fresh folder under the work folder. */
    Path folder(String name) {
        try {
            return Files.createDirectories(work.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts {@code service}'s packaged application with its state in {@code stateDir}. */
    ServiceProcess start(String service, String instance, Path stateDir, Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(SERVICE_PROPERTIES);
        all.putAll(properties);
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw package "
                    + "-DskipTests, or ./talent bench faults, which builds them)");
        }
        return ServiceProcess.start(service + "-" + instance, jar, bootstrap(), stateDir, logs, all);
    }

    @Override
    public void close() {
        broker.close();
        try (Stream<Path> paths = Files.walk(work)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder
        }
    }

    /**
     * The project root: {@code talent.root} if set, else the working folder when it holds the reactor (the bench,
     * run from the root), else its parent (failsafe runs in the module's folder).
     */
    static Path projectRoot() {
        String configured = System.getProperty("talent.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("fault-tests")) ? here : here.getParent();
    }
}
