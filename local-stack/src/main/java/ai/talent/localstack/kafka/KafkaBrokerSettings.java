package ai.talent.localstack.kafka;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run one local KRaft broker: where it listens, where it keeps its data and how the suite's topics
 * are laid out. The one home of the broker's defaults.
 *
 * @param host                 address the broker binds and advertises
 * @param port                 client port; 0 picks a free one
 * @param controllerPort       KRaft controller port; 0 picks a free one
 * @param dataDir              log and metadata folder; {@code null} makes a temporary one
 * @param deleteDataOnClose    whether closing the broker deletes {@code dataDir}
 * @param sourcePartitions     partitions of each source topic
 * @param deadLetterPartitions partitions of each dead-letter topic
 */
public record KafkaBrokerSettings(
        String host,
        int port,
        int controllerPort,
        Path dataDir,
        boolean deleteDataOnClose,
        int sourcePartitions,
        int deadLetterPartitions) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 9092;
    public static final int DEFAULT_SOURCE_PARTITIONS = 3;
    public static final int DEFAULT_DEAD_LETTER_PARTITIONS = 1;

    public KafkaBrokerSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || controllerPort < 0) {
            throw new IllegalArgumentException("ports must be 0 (pick a free one) or positive, got " + port
                    + " and " + controllerPort);
        }
        if (sourcePartitions < 1 || deadLetterPartitions < 1) {
            throw new IllegalArgumentException("every topic needs at least one partition, got " + sourcePartitions
                    + " (source) and " + deadLetterPartitions + " (dead-letter)");
        }
    }

    /** Free ports, a temporary folder deleted on close, default partitions: what a test wants. */
    public static KafkaBrokerSettings forTests() {
        return new KafkaBrokerSettings(DEFAULT_HOST, 0, 0, null, true,
                DEFAULT_SOURCE_PARTITIONS, DEFAULT_DEAD_LETTER_PARTITIONS);
    }

    /** A broker whose data survives restarts in {@code dataDir}, for {@code ./talent up}. */
    public static KafkaBrokerSettings persistent(int port, int controllerPort, Path dataDir) {
        return new KafkaBrokerSettings(DEFAULT_HOST, port, controllerPort, Objects.requireNonNull(dataDir, "dataDir"),
                false, DEFAULT_SOURCE_PARTITIONS, DEFAULT_DEAD_LETTER_PARTITIONS);
    }

    public KafkaBrokerSettings withPartitions(int source, int deadLetter) {
        return new KafkaBrokerSettings(host, port, controllerPort, dataDir, deleteDataOnClose, source, deadLetter);
    }

    public KafkaBrokerSettings withHost(String newHost) {
        return new KafkaBrokerSettings(newHost, port, controllerPort, dataDir, deleteDataOnClose,
                sourcePartitions, deadLetterPartitions);
    }
}
