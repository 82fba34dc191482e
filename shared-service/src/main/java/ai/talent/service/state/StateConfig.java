package ai.talent.service.state;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where a service keeps what it knows and how it keeps it ({@code talent.state.*}): the folder of its local state
 * (catalog indices, Kafka Streams stores, processed event ids) and the limits of each kind of state.
 */
@ConfigMapping(prefix = "talent.state")
public interface StateConfig {

    /**
     * This instance's state folder. {@code ./talent up} passes {@code .run/state/<service>}, tests a temporary
     * folder, containers a volume; two running instances must never share one (the catalog indices lock it).
     */
    Path dir();

    /**
     * How often {@link StateFolderHealth} checks that the state folder takes writes (a page written, synced and
     * deleted): the longest a full or read-only disk goes unnoticed by readiness and the intake.
     */
    @WithDefault("1s")
    Duration probeInterval();

    Catalog catalog();

    Keyed keyed();

    ProcessedIds processedIds();

    /** How catalogs (freelancers, projects: every replica holds all of them) are kept. */
    interface Catalog {

        /** How often a catalog commits its index together with the topic offsets it reflects. */
        @WithDefault("5s")
        Duration commitInterval();

        /**
         * How many recent event ids per partition a catalog remembers (in its checkpoint) to skip a redelivered
         * event; a redelivery arrives soon after the original, in the same partition (same key).
         */
        @WithDefault("500")
        int dedupeWindow();

        /** Longest wait for the broker while a catalog starts (partitions, end offsets) before it tries again. */
        @WithDefault("30s")
        Duration brokerTimeout();
    }

    /** How keyed state (Kafka Streams stores) is deduplicated and read across replicas. */
    interface Keyed {

        /** How long a Kafka Streams topology remembers an event id to skip a redelivered event. */
        @WithDefault("7d")
        Duration dedupeRetention();

        /** Longest wait for the replica that owns a key to answer a forwarded read. */
        @WithDefault("2s")
        Duration forwardTimeout();

        /** The Retry-After of a 503 while a key's owner is unknown (state moving between replicas). */
        @WithDefault("2s")
        Duration retryAfter();
    }

    /** The ids of events the consumer-group intake has processed, on disk so a restart does not forget them. */
    interface ProcessedIds {

        /** How long an event id is remembered; older ids are dropped when RocksDB compacts. */
        @WithDefault("7d")
        Duration retention();
    }
}
