package ai.talent.localstack.kafka;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * One Kafka 4.1 broker in KRaft mode (combined broker and controller) running inside this JVM, with every
 * topic of the suite created: the event bus for tests and for {@code ./talent up}.
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
 *     String bootstrap = kafka.bootstrapServers();
 * }
 * }</pre>
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String BROKER_LISTENER = "PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(30);
    private static final int FREE_PORT_ATTEMPTS = 3;
    /** The cleaner's default dedupe buffer is 128 MB of heap; a few MB serve a local broker's compacted topics. */
    private static final String CLEANER_DEDUPE_BUFFER_BYTES = String.valueOf(4 * 1024 * 1024);

    private final KafkaRaftServer server;
    private final KafkaBrokerSettings settings;
    private final Path dataDir;
    private final String bootstrapServers;
    private boolean closed;

    private EmbeddedKafka(KafkaRaftServer server, KafkaBrokerSettings settings, Path dataDir, String bootstrapServers) {
        this.server = server;
        this.settings = settings;
        this.dataDir = dataDir;
        this.bootstrapServers = bootstrapServers;
    }

    /** A broker on free ports with a temporary data folder, topics created. */
    public static EmbeddedKafka start() {
        return start(KafkaBrokerSettings.forTests());
    }

    /**
     * Starts a broker as {@code settings} say and returns once every suite topic has a leader. Free ports are
     * picked before start-up, so another process may take one first; then it retries on fresh ports.
     */
    public static EmbeddedKafka start(KafkaBrokerSettings settings) {
        // Kafka loads plugin classes by name through the context class loader, and its threads inherit it; under
        // a Quarkus test that loader holds a second copy of Kafka, whose classes do not fit this one's
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(EmbeddedKafka.class.getClassLoader());
        try {
            return startWithFreshPorts(settings);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static EmbeddedKafka startWithFreshPorts(KafkaBrokerSettings settings) {
        for (int attempt = 1; ; attempt++) {
            int port = FreePorts.pick(settings.host(), settings.port());
            int controllerPort = FreePorts.pickOtherThan(settings.host(), settings.controllerPort(), port);
            try {
                return startOnce(settings, port, controllerPort);
            } catch (IllegalStateException e) {
                boolean pickedPortTaken = (settings.port() == 0 && causedByBindFailure(e, settings.host(), port))
                        || (settings.controllerPort() == 0 && causedByBindFailure(e, settings.host(), controllerPort));
                if (attempt >= FREE_PORT_ATTEMPTS || !pickedPortTaken) {
                    throw e;
                }
            }
        }
    }

    private static EmbeddedKafka startOnce(KafkaBrokerSettings settings, int port, int controllerPort) {
        BrokerLogLevels.quiet();
        Path dataDir = prepareDataDir(settings);
        String bootstrap = settings.host() + ":" + port;
        KafkaRaftServer server = null;
        try {
            KafkaConfig config = KafkaConfig.fromProps(brokerProperties(settings.host(), port, controllerPort, dataDir),
                    false);
            formatIfNeeded(dataDir);
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            EmbeddedKafka kafka = new EmbeddedKafka(server, settings, dataDir, bootstrap);
            TopicProvisioner.ensureTopics(bootstrap, settings.sourcePartitions(), settings.deadLetterPartitions(),
                    TOPIC_TIMEOUT);
            return kafka;
        } catch (RuntimeException e) {
            stopQuietly(server);
            if (settings.deleteDataOnClose()) {
                deleteRecursively(dataDir);
            }
            throw new IllegalStateException("Kafka broker did not start on " + bootstrap + " (controller port "
                    + controllerPort + ", data in " + dataDir + "): " + e.getMessage(), e);
        }
    }

    private static boolean causedByBindFailure(Throwable e, String host, int port) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("failed to bind to " + host + ":" + port)) {
                return true;
            }
        }
        return false;
    }

    /** {@code host:port} for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Path dataDir() {
        return dataDir;
    }

    public KafkaBrokerSettings settings() {
        return settings;
    }

    /** Blocks until the broker has shut down (after {@link #close()} from another thread). */
    public void awaitShutdown() {
        server.awaitShutdown();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopQuietly(server);
        if (settings.deleteDataOnClose()) {
            deleteRecursively(dataDir);
        }
    }

    static Properties brokerProperties(String host, int port, int controllerPort, Path dataDir) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
        props.put("listeners", BROKER_LISTENER + "://" + host + ":" + port + ","
                + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort);
        props.put("advertised.listeners", BROKER_LISTENER + "://" + host + ":" + port);
        props.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", BROKER_LISTENER);
        props.put("log.dirs", dataDir.toString());
        props.put("metadata.log.dir", dataDir.toString());
        // one machine, one replica: the internal topics must not ask for three
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // A local broker keeps every record until it is reset: retention counts from record timestamps, and the
        // simulator stamps events with their (past) simulated time, which the default 7 days would delete at once.
        props.put("log.retention.ms", "-1");
        // a small footprint on a shared 2-core machine
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "2");
        props.put("background.threads", "2");
        props.put("num.recovery.threads.per.data.dir", "1");
        props.put("log.cleaner.threads", "1");
        props.put("log.cleaner.dedupe.buffer.size", CLEANER_DEDUPE_BUFFER_BYTES);
        return props;
    }

    private static void formatIfNeeded(Path dataDir) {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(dataDir.toString()))
                    .setMetadataLogDirectory(dataDir.toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka storage in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static Path prepareDataDir(KafkaBrokerSettings settings) {
        try {
            if (settings.dataDir() == null) {
                return Files.createTempDirectory("talent-kafka-");
            }
            return Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Kafka data folder " + settings.dataDir(), e);
        }
    }

    private static void stopQuietly(KafkaRaftServer server) {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the Kafka data folder " + dir, e);
        }
    }
}
