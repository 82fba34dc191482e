package ai.talent.localstack.es;

import ai.talent.localstack.JvmWide;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real Elasticsearch: the one at {@value #URL_ENV} when that environment
 * variable is set, otherwise one {@link ElasticsearchNode} shared by every test class of the JVM and stopped
 * when the JVM exits.
 *
 * <pre>{@code
 * @QuarkusTest
 * @WithTestResource(ElasticsearchTestResource.class)
 * class ElasticsearchBackendTests { ... }
 * }</pre>
 */
public class ElasticsearchTestResource implements QuarkusTestResourceLifecycleManager {

    /** An external Elasticsearch to use instead of starting one, e.g. {@code http://localhost:9200}. */
    public static final String URL_ENV = "ELASTICSEARCH_URL";
    /** The Quarkus property this resource sets. */
    public static final String URL_PROPERTY = "talent.search.elasticsearch.url";

    private static ElasticsearchNode shared;

    @Override
    public Map<String, String> start() {
        return Map.of(URL_PROPERTY, JvmWide.call(ElasticsearchTestResource.class, "url"));
    }

    /**
     * The node's URL, starting this class loader's shared node on first use. Usable without Quarkus;
     * {@link #start()} calls it through {@link JvmWide} so that the whole JVM shares one node.
     */
    public static synchronized String url() {
        String external = System.getenv(URL_ENV);
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (shared == null) {
            shared = ElasticsearchNode.start();
        }
        return shared.url();
    }

    /** Keeps the shared node running for the next test class of this JVM; the node's shutdown hook stops it. */
    @Override
    public void stop() {
    }
}
