package ai.talent.localstack.es;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to run the Elasticsearch test node: heap, how long to wait for it, where it keeps its data and where
 * its compiled classes are cached. The one home of the node's defaults.
 *
 * @param heap         {@code -Xms}/{@code -Xmx} of the node's JVM, e.g. {@code 512m}
 * @param startTimeout how long to wait for the node to serve HTTP
 * @param homeDir      the node's home (config, data, logs); {@code null} makes a temporary one, deleted on close
 * @param cacheDir     where compiled node classes are kept between runs
 * @param httpPort     the HTTP port; 0 picks a free one
 */
public record ElasticsearchNodeSettings(String heap, Duration startTimeout, Path homeDir, Path cacheDir,
                                        int httpPort) {

    public static final String DEFAULT_HEAP = "512m";
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);

    public ElasticsearchNodeSettings {
        Objects.requireNonNull(heap, "heap");
        Objects.requireNonNull(startTimeout, "startTimeout");
        Objects.requireNonNull(cacheDir, "cacheDir");
    }

    /** A temporary node with the default heap; classes cached under the system's temporary folder. */
    public static ElasticsearchNodeSettings defaults() {
        return new ElasticsearchNodeSettings(DEFAULT_HEAP, DEFAULT_START_TIMEOUT, null,
                Path.of(System.getProperty("java.io.tmpdir"), "talent-es-node"), 0);
    }

    public ElasticsearchNodeSettings withHomeDir(Path home) {
        return new ElasticsearchNodeSettings(heap, startTimeout, home, cacheDir, httpPort);
    }

    /** The same node on a fixed HTTP port (a node restarted after a crash comes back where its clients look). */
    public ElasticsearchNodeSettings withHttpPort(int port) {
        return new ElasticsearchNodeSettings(heap, startTimeout, homeDir, cacheDir, port);
    }
}
