package ai.talent.localstack.kafka;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The broker process of {@code ./talent up}: one KRaft broker whose data survives restarts, with the suite's
 * topics created. Prints {@value #READY_PREFIX} followed by the bootstrap address once clients can connect,
 * and shuts down cleanly on SIGTERM or Ctrl-C.
 *
 * <pre>
 * java -cp ... ai.talent.localstack.kafka.KafkaBrokerMain --port 9092 --data-dir target/kafka [--controller-port 9093]
 * </pre>
 */
public final class KafkaBrokerMain {

    /** The line prefix a launcher waits for; the bootstrap address follows it. */
    public static final String READY_PREFIX = "READY ";

    private static final String USAGE = """
            usage: KafkaBrokerMain [--port 9092] --data-dir DIR [--controller-port PORT] [--host 127.0.0.1]
                                   [--partitions 3] [--dead-letter-partitions 1]
              --port                    client port (default 9092)
              --data-dir                log and metadata folder; formatted on first start, kept afterwards
              --controller-port         KRaft controller port (default: client port + 1)
              --host                    address to bind and advertise (default 127.0.0.1)
              --partitions              partitions of each new source topic (default 3)
              --dead-letter-partitions  partitions of each new dead-letter topic (default 1)
            """;

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Kafka logs through SLF4J; its internals are chatty at INFO
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        KafkaBrokerSettings settings;
        try {
            settings = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (settings == null) {
            System.out.print(USAGE);
            return;
        }

        EmbeddedKafka kafka = EmbeddedKafka.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            stopped.countDown();
        }, "kafka-broker-shutdown"));
        System.out.println(READY_PREFIX + kafka.bootstrapServers());
        System.out.flush();
        stopped.await();
    }

    /** Parses the command line; {@code null} means help was asked for. */
    static KafkaBrokerSettings parse(String[] args) {
        int port = KafkaBrokerSettings.DEFAULT_PORT;
        Integer controllerPort = null;
        String host = KafkaBrokerSettings.DEFAULT_HOST;
        Path dataDir = null;
        int partitions = KafkaBrokerSettings.DEFAULT_SOURCE_PARTITIONS;
        int deadLetterPartitions = KafkaBrokerSettings.DEFAULT_DEAD_LETTER_PARTITIONS;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> port = parsePort(option, value);
                case "--controller-port" -> controllerPort = parsePort(option, value);
                case "--host" -> host = value;
                case "--data-dir" -> dataDir = Path.of(value);
                case "--partitions" -> partitions = parsePositive(option, value);
                case "--dead-letter-partitions" -> deadLetterPartitions = parsePositive(option, value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (dataDir == null) {
            throw new IllegalArgumentException("--data-dir is required: the broker keeps its topics there across restarts");
        }
        int controller = controllerPort != null ? controllerPort : port + 1;
        if (controller == port) {
            throw new IllegalArgumentException("--controller-port must differ from --port (" + port + ")");
        }
        return KafkaBrokerSettings.persistent(port, controller, dataDir)
                .withHost(host)
                .withPartitions(partitions, deadLetterPartitions);
    }

    private static int parsePort(String option, String value) {
        int port = parsePositive(option, value);
        if (port > 65_535) {
            throw new IllegalArgumentException(option + " must be a TCP port (1-65535), got " + value);
        }
        return port;
    }

    private static int parsePositive(String option, String value) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < 1) {
                throw new IllegalArgumentException(option + " must be positive, got " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, got " + value, e);
        }
    }
}
