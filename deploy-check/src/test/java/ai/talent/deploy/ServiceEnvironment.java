package ai.talent.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Which environment variables a service understands: those its application.properties reads through
 * {@code ${NAME}} expressions, the environment form of every property key it sets (MicroProfile Config
 * maps {@code quarkus.http.port} to {@code QUARKUS_HTTP_PORT}), the variables its image sets ({@code ENV} in its
 * Dockerfile), and the Kafka client settings Quarkus passes through:
 * <ul>
 *   <li>{@code KAFKA_<KEY>}: Quarkus lower-cases a {@code kafka*} name, drops the prefix and turns {@code _} into
 *   {@code .}, and hands the result to every Kafka client of the service (the {@code default-kafka-broker}
 *   configuration), so {@code <key>} must be a configuration name of the Kafka producer, consumer or admin client;</li>
 *   <li>{@code QUARKUS_KAFKA_STREAMS_<KEY>} for the security keys Quarkus' Kafka Streams configuration has
 *   ({@code quarkus.kafka-streams.security.protocol}, {@code .ssl.*}, {@code .sasl.*}, named after the client's).</li>
 * </ul>
 * A misspelt variable is otherwise silently ignored, which is what this check is for.
 */
final class ServiceEnvironment {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern DOCKER_ENV = Pattern.compile("^ENV\\s+([A-Za-z_][A-Za-z0-9_]*)[=\\s]", Pattern.MULTILINE);
    /** Quarkus runtime settings the deployment sets, with a key prefix proving the extension is configured. */
    private static final Map<String, String> QUARKUS_RUNTIME = Map.of("QUARKUS_SWAGGER_UI_ENABLED", "quarkus.swagger-ui.");

    private ServiceEnvironment() {
    }

    static Set<String> known(String service) {
        Properties p = Repo.serviceProperties(service);
        Set<String> names = new HashSet<>(imageVariables(service));
        for (String key : p.stringPropertyNames()) {
            String bare = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            names.add(bare.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
            Matcher m = EXPRESSION.matcher(p.getProperty(key));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        QUARKUS_RUNTIME.forEach((variable, evidence) -> {
            if (p.stringPropertyNames().stream().anyMatch(k -> k.startsWith(evidence))) {
                names.add(variable);
            }
        });
        return names;
    }

    /** The variables the service's image sets itself (its Dockerfile's ENV lines). */
    static Set<String> imageVariables(String service) {
        Path dockerfile = Repo.root().resolve(service).resolve("src/main/docker/Dockerfile.jvm");
        Set<String> names = new HashSet<>(Set.of("JAVA_OPTS", "JAVA_OPTS_APPEND"));
        try {
            Matcher m = DOCKER_ENV.matcher(Files.readString(dockerfile));
            while (m.find()) {
                names.add(m.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dockerfile, e);
        }
        return names;
    }

    /** The Kafka client configuration name a {@code KAFKA_*} variable sets, as Quarkus maps it. */
    static String kafkaClientKey(String variable) {
        return variable.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }

    static Set<String> kafkaClientConfigNames() {
        Set<String> names = new HashSet<>(ProducerConfig.configNames());
        names.addAll(ConsumerConfig.configNames());
        names.addAll(AdminClientConfig.configNames());
        return names;
    }

    static boolean understands(String service, String variable) {
        if (known(service).contains(variable)) {
            return true;
        }
        if (variable.startsWith("KAFKA_")) {
            return kafkaClientConfigNames().contains(kafkaClientKey(variable));
        }
        if (variable.startsWith("QUARKUS_KAFKA_STREAMS_")) {
            String key = variable.substring("QUARKUS_KAFKA_STREAMS_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
            return (key.equals("security.protocol") || key.startsWith("ssl.") || key.startsWith("sasl."))
                    && kafkaClientConfigNames().contains(key);
        }
        return false;
    }

    static void assertKnown(String service, Collection<String> variables) {
        Set<String> unknown = new HashSet<>();
        for (String v : variables) {
            if (!understands(service, v)) {
                unknown.add(v);
            }
        }
        assertThat(unknown).as("environment variables %s does not understand", service).isEmpty();
    }
}
