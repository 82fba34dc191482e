package ai.talent.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DockerComposeTests {

    private static JsonNode compose;
    private static Path root;

    @BeforeAll
    static void load() {
        root = Repo.root();
        List<JsonNode> docs = Repo.yamlDocuments(root.resolve("docker-compose.yml"));
        assertThat(docs).hasSize(1);
        compose = docs.get(0);
    }

    private static Set<String> names(JsonNode node) {
        Set<String> out = new HashSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void definesInfrastructureAndEveryService() {
        Set<String> services = names(compose.path("services"));
        assertThat(services).contains("kafka", "elasticsearch").containsAll(Repo.SERVICES);
        assertThat(compose.path("services").path("kafka").path("image").asText()).startsWith("apache/kafka:");
        assertThat(compose.path("services").path("kafka").path("environment").path("KAFKA_PROCESS_ROLES").asText())
                .isEqualTo("broker,controller");
    }

    @Test
    void referencesOnlyServicesAndVolumesItDefines() {
        Set<String> services = names(compose.path("services"));
        Set<String> volumes = names(compose.path("volumes"));
        compose.path("services").fields().forEachRemaining(e -> {
            JsonNode dependsOn = e.getValue().path("depends_on");
            List<String> deps = new ArrayList<>();
            if (dependsOn.isArray()) {
                dependsOn.forEach(d -> deps.add(d.asText()));
            } else {
                dependsOn.fieldNames().forEachRemaining(deps::add);
            }
            assertThat(services).as("depends_on of %s", e.getKey()).containsAll(deps);
            e.getValue().path("volumes").forEach(v -> {
                String source = v.asText().split(":")[0];
                if (!source.startsWith(".") && !source.startsWith("/")) {
                    assertThat(volumes).as("volume %s of %s", source, e.getKey()).contains(source);
                }
            });
            JsonNode build = e.getValue().path("build");
            if (!build.isMissingNode()) {
                Path context = root.resolve(build.isTextual() ? build.asText() : build.path("context").asText());
                String dockerfile = build.path("dockerfile").asText("Dockerfile");
                assertThat(context.resolve(dockerfile)).as("Dockerfile of %s", e.getKey()).exists();
            }
        });
    }

    @Test
    void servicesPublishTheirConfiguredPortsCheckHealthAndKnowTheirEnvironment() {
        for (String name : Repo.SERVICES) {
            JsonNode service = compose.path("services").path(name);
            int port = Repo.httpPort(name);
            assertThat(service.path("ports").get(0).asText()).isEqualTo(port + ":" + port);
            assertThat(service.path("healthcheck").path("test").toString()).contains("localhost:" + port + "/q/health/ready");
            Set<String> env = names(service.path("environment"));
            assertThat(env).contains("KAFKA_BOOTSTRAP_SERVERS");
            ServiceEnvironment.assertKnown(name, env);
            assertThat(service.path("depends_on").has("kafka-topics")).isTrue();
        }
        assertThat(compose.path("services").path("search-service").path("depends_on").has("elasticsearch")).isTrue();
    }

    @Test
    void servicesDropEveryCapabilityAndCannotGainPrivileges() {
        for (String name : Repo.SERVICES) {
            JsonNode service = compose.path("services").path(name);
            assertThat(service.path("cap_drop").toString()).as("%s: cap_drop", name).contains("\"ALL\"");
            assertThat(service.path("security_opt").toString()).as("%s: security_opt", name).contains("no-new-privileges:true");
            assertThat(service.path("privileged").asBoolean(false)).isFalse();
        }
    }

    @Test
    void everyServiceKeepsItsStateOnItsOwnNamedVolume() throws Exception {
        Set<String> volumes = names(compose.path("volumes"));
        Set<String> used = new HashSet<>();
        for (String name : Repo.SERVICES) {
            JsonNode service = compose.path("services").path(name);
            String stateDir = service.path("environment").path("TALENT_STATE_DIR").asText();
            assertThat(stateDir).as("%s: TALENT_STATE_DIR", name).isNotBlank();
            List<String> mounts = new ArrayList<>();
            service.path("volumes").forEach(v -> mounts.add(v.asText()));
            String mount = mounts.stream().filter(m -> m.endsWith(":" + stateDir)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " mounts no volume at " + stateDir));
            String volume = mount.split(":")[0];
            assertThat(volumes).as("%s: a named volume, kept across container restarts", name).contains(volume);
            assertThat(used.add(volume)).as("%s: its own volume", name).isTrue();
            Path dockerfile = root.resolve(service.path("build").path("context").asText())
                    .resolve(service.path("build").path("dockerfile").asText());
            assertThat(Files.readString(dockerfile)).as("%s: the image prepares the folder for its user", name)
                    .contains(stateDir);
        }
    }

    @Test
    void everyServiceImagePassesTheJavaOptionsComposeSetsAndEnablesTheVectorApi() throws Exception {
        for (String name : Repo.SERVICES) {
            JsonNode service = compose.path("services").path(name);
            Path dockerfile = root.resolve(service.path("build").path("context").asText())
                    .resolve(service.path("build").path("dockerfile").asText());
            String image = Files.readString(dockerfile);
            String entrypoint = image.lines().filter(l -> l.startsWith("ENTRYPOINT")).findFirst()
                    .orElseThrow(() -> new AssertionError(name + ": no ENTRYPOINT in " + dockerfile));
            // compose and k8s put the DJL thread settings in JAVA_OPTS_APPEND: an entrypoint without it drops them
            assertThat(service.path("environment").has("JAVA_OPTS_APPEND")).as("%s: compose sets JAVA_OPTS_APPEND", name)
                    .isTrue();
            assertThat(entrypoint).as("%s: the entrypoint passes JAVA_OPTS_APPEND", name).contains("$JAVA_OPTS_APPEND");
            assertThat(entrypoint).as("%s: the entrypoint passes JAVA_OPTS", name).contains("$JAVA_OPTS ");
            assertThat(image).as("%s: Lucene's vector scoring uses the JDK vector API", name)
                    .contains("--add-modules jdk.incubator.vector");
        }
    }

    @Test
    void elasticsearchImageInstallsNoriAndTopicsInitCreatesEveryTopic() throws Exception {
        Path dockerfile = root.resolve(compose.path("services").path("elasticsearch").path("build").path("context").asText())
                .resolve("Dockerfile");
        assertThat(Files.readString(dockerfile)).contains("elasticsearch-plugin install --batch analysis-nori");
        String init = compose.path("services").path("kafka-topics").path("command").toString();
        for (ai.talent.domain.event.Topics.Topic t : ai.talent.domain.event.Topics.ALL) {
            assertThat(init).contains(t.name());
        }
        assertThat(init).contains(".dlq").contains("cleanup.policy=compact");
    }
}
