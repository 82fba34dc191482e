package ai.talent.localstack.es.node;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.transport.TransportAddress;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathPluginsNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.transport.netty4.Netty4Plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a single-node Elasticsearch with HTTP on a free loopback port, prints {@value #READY_PREFIX} and its
 * URL once it serves requests, and stops when its standard input closes (the parent process ended) or on
 * SIGTERM. Needs Java 21+; started by {@code ai.talent.localstack.es.ElasticsearchNode}.
 *
 * <pre>java -cp ... ai.talent.localstack.es.node.EsNodeMain HOME_DIR</pre>
 */
public final class EsNodeMain {

    static final String READY_PREFIX = "ES_READY ";
    private static final String NODE_NAME = "talent-es";
    private static final String CLUSTER_NAME = "talent-local";

    private EsNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: EsNodeMain HOME_DIR [HTTP_PORT]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        // a fixed port lets a node killed by a fault test come back where its clients look for it
        String httpPort = args.length == 2 ? args[1] : "0";
        Files.createDirectories(home.resolve("config"));
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("node.name", NODE_NAME)
                .put("cluster.name", CLUSTER_NAME)
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                .put("transport.port", "0")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                // the disk of a shared build machine is often fuller than a production watermark allows
                .put("logger.level", System.getProperty("es.logger.level", "WARN"))
                .build();
        LogConfigurator.configureWithoutConfig(settings);
        LogConfigurator.setNodeName(NODE_NAME);
        LogConfigurator.setClusterName(CLUSTER_NAME);

        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), home.resolve("config"),
                () -> NODE_NAME);
        Node node = new ClasspathPluginsNode(environment,
                List.of(Netty4Plugin.class, RootInfoPlugin.class, NoriAnalysisPlugin.class));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(node), "es-node-shutdown"));
        node.start();

        TransportAddress http = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
        System.out.println(READY_PREFIX + "http://" + http.getAddress() + ":" + http.getPort());
        System.out.flush();

        waitForEndOfInput(System.in);
        System.exit(0);
    }

    /** The parent holds our standard input open; end of input means it is gone and we must not outlive it. */
    private static void waitForEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // input carries no commands; only its end matters
            }
        } catch (IOException e) {
            // a broken pipe means the same as end of input
        }
    }

    private static void stop(Node node) {
        try {
            node.close();
            node.awaitClose(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            System.err.println("error while stopping Elasticsearch: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
