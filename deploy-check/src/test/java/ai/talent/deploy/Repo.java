package ai.talent.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.yaml.snakeyaml.Yaml;

/** Reads the repository's deployment files and service configurations from the working tree. */
final class Repo {

    static final List<String> SERVICES =
            List.of("matching-service", "search-service", "success-predictor", "tutoring-service");

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Repo() {
    }

    /** The repository root: surefire runs in the module folder, one level below it. */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        Path candidate = Files.exists(here.resolve("docker-compose.yml")) ? here : here.getParent();
        if (candidate == null || !Files.exists(candidate.resolve("docker-compose.yml"))) {
            throw new IllegalStateException("docker-compose.yml not found above " + here);
        }
        return candidate;
    }

    /**
     * Every YAML document of a file, as a tree. SnakeYAML does the reading because it resolves merge keys
     * ({@code <<: *anchor}), which docker-compose files use and Jackson's YAML parser leaves as plain keys.
     */
    static List<JsonNode> yamlDocuments(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            List<JsonNode> out = new ArrayList<>();
            for (Object doc : new Yaml().loadAll(reader)) {
                if (doc != null) {
                    out.add(YAML.valueToTree(doc));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot parse " + file + ": " + e.getMessage(), e);
        }
    }

    /** A Kubernetes document as a typed fabric8 object (generic only for custom resources). */
    static KubernetesResource typed(JsonNode doc) {
        try {
            return YAML.treeToValue(doc, KubernetesResource.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map " + doc.path("kind") + " " + doc.path("metadata").path("name"), e);
        }
    }

    /**
     * A service's configuration as written, all profiles: the defaults every service takes from shared-service
     * ({@code META-INF/microprofile-config.properties}, bearer-token auth) under its own application.properties.
     */
    static Properties serviceProperties(String service) {
        Properties p = new Properties();
        p.putAll(sharedServiceDefaults());
        p.putAll(load(root().resolve(service).resolve("src/main/resources/application.properties")));
        return p;
    }

    /** The defaults shared-service gives every service (a lower ordinal than the service's application.properties). */
    static Properties sharedServiceDefaults() {
        return load(root().resolve("shared-service/src/main/resources/META-INF/microprofile-config.properties"));
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return p;
    }

    /** The HTTP port a service listens on in production (the %prod value, else the default). */
    static int httpPort(String service) {
        Properties p = serviceProperties(service);
        String port = p.getProperty("%prod.quarkus.http.port", p.getProperty("quarkus.http.port"));
        if (port == null) {
            throw new IllegalStateException(service + " sets no quarkus.http.port");
        }
        return Integer.parseInt(port.trim());
    }
}
