package ai.talent.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Kafka in Kubernetes: TLS listeners with authentication and the simple authorizer, one KafkaUser per service whose
 * ACLs cover what the service's configuration uses and no more, and every service configured to connect with it.
 */
class KafkaSecurityTests {

    private static final String CLUSTER_CA_SECRET = "-cluster-ca-cert";

    /** One ACL of a KafkaUser. */
    record Acl(String type, String name, String pattern, Set<String> operations) {

        boolean covers(String resourceType, String resource, String operation) {
            boolean nameMatches = pattern.equals("prefix") ? resource.startsWith(name) : name.equals(resource) || name.equals("*");
            return type.equals(resourceType) && nameMatches && operations.contains(operation);
        }
    }

    private static JsonNode kafka() {
        List<GenericKubernetesResource> clusters = Manifests.custom("Kafka");
        assertThat(clusters).hasSize(1);
        return Manifests.tree(clusters.get(0));
    }

    private static String clusterName() {
        return kafka().path("metadata").path("name").asText();
    }

    private static JsonNode tlsListener() {
        JsonNode listeners = kafka().path("spec").path("kafka").path("listeners");
        assertThat(listeners.size()).as("Kafka listeners").isPositive();
        return listeners.get(0);
    }

    private static JsonNode user(String service) {
        return Manifests.custom("KafkaUser").stream().filter(u -> u.getMetadata().getName().equals(service))
                .map(Manifests::tree).findFirst()
                .orElseThrow(() -> new AssertionError(service + " has no KafkaUser (k8s/kafka/users.yaml)"));
    }

    static List<Acl> acls(String service) {
        List<Acl> out = new ArrayList<>();
        for (JsonNode acl : user(service).path("spec").path("authorization").path("acls")) {
            JsonNode resource = acl.path("resource");
            Set<String> ops = new java.util.HashSet<>();
            acl.path("operations").forEach(o -> ops.add(o.asText()));
            if (acl.has("operation")) {
                ops.add(acl.path("operation").asText());
            }
            out.add(new Acl(resource.path("type").asText(), resource.path("name").asText(),
                    resource.path("patternType").asText("literal"), Set.copyOf(ops)));
        }
        return out;
    }

    private static void assertAllowed(String service, List<Acl> acls, String type, String resource, String... operations) {
        for (String operation : operations) {
            assertThat(acls.stream().anyMatch(a -> a.covers(type, resource, operation)))
                    .as("%s: an ACL allows %s on %s %s", service, operation, type, resource).isTrue();
        }
    }

    @Test
    void everyListenerIsTlsWithClientAuthenticationAndTheClusterAuthorizes() {
        JsonNode spec = kafka().path("spec").path("kafka");
        for (JsonNode listener : spec.path("listeners")) {
            assertThat(listener.path("tls").asBoolean()).as("listener %s encrypts", listener.path("name").asText()).isTrue();
            assertThat(listener.path("authentication").path("type").asText())
                    .as("listener %s authenticates clients", listener.path("name").asText()).isIn("tls", "scram-sha-512");
        }
        assertThat(spec.path("authorization").path("type").asText()).as("the brokers check ACLs").isEqualTo("simple");
        assertThat(spec.path("config").path("allow.everyone.if.no.acl.found").asBoolean(false)).isFalse();
    }

    @Test
    void everyServiceHasItsOwnKafkaUserAuthenticatedLikeTheListener() {
        List<String> users = Manifests.custom("KafkaUser").stream().map(u -> u.getMetadata().getName()).toList();
        assertThat(users).as("one KafkaUser per service, no other").containsExactlyInAnyOrderElementsOf(Repo.SERVICES);
        for (String service : Repo.SERVICES) {
            JsonNode user = user(service);
            assertThat(user.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo(clusterName());
            assertThat(user.path("spec").path("authentication").path("type").asText())
                    .isEqualTo(tlsListener().path("authentication").path("type").asText());
            assertThat(user.path("spec").path("authorization").path("type").asText()).isEqualTo("simple");
        }
    }

    @Test
    void aclsCoverEveryTopicGroupAndTransactionTheServiceConfigurationUses() {
        for (String service : Repo.SERVICES) {
            KafkaUsage usage = KafkaUsage.of(service);
            List<Acl> acls = acls(service);
            assertThat(usage.reads()).as("%s reads some topic", service).isNotEmpty();
            usage.reads().forEach(t -> assertAllowed(service, acls, "topic", t, "Describe", "Read"));
            usage.writes().forEach(t -> assertAllowed(service, acls, "topic", t, "Describe", "Write"));
            usage.owned().forEach(t -> assertAllowed(service, acls, "topic", t, "Create", "Describe", "Read", "Write"));
            assertThat(usage.groups()).as("%s: its channels' consumer group", service).isNotEmpty();
            usage.groups().forEach(g -> assertAllowed(service, acls, "group", g, "Read"));
            usage.streamsApplicationId().ifPresent(id -> {
                // Internal topics: <id>-<store>-changelog, <id>-<name>-repartition, the global stores' <id>-<name>.
                String internal = id + "-any-store-changelog";
                assertAllowed(service, acls, "topic", internal, "Create", "Describe", "DescribeConfigs", "Read", "Write", "Delete");
                assertAllowed(service, acls, "group", id, "Read");
                if (usage.transactional()) {
                    assertAllowed(service, acls, "transactionalId", id + "-some-process-0", "Describe", "Write");
                }
            });
        }
    }

    @Test
    void aclsGrantNothingTheServiceDoesNotUse() {
        for (String service : Repo.SERVICES) {
            KafkaUsage usage = KafkaUsage.of(service);
            for (Acl acl : acls(service)) {
                assertThat(acl.operations()).as("%s: %s", service, acl).doesNotContain("All", "Alter", "AlterConfigs", "ClusterAction");
                assertThat(acl.name()).as("%s: %s", service, acl).isNotEqualTo("*");
                assertThat(acl.type()).as("%s: %s", service, acl).isIn("topic", "group", "transactionalId");
                if (acl.pattern().equals("prefix")) {
                    assertThat(usage.streamsApplicationId()).as("%s: a prefix ACL is for its Kafka Streams application only: %s",
                            service, acl).contains(acl.name());
                    continue;
                }
                boolean ownedDerivative = usage.owned().stream().anyMatch(o -> acl.name().startsWith(o + "-"));
                if (acl.type().equals("topic")) {
                    assertThat(usage.topics().contains(acl.name()) || ownedDerivative)
                            .as("%s: %s names a topic its configuration does not use", service, acl).isTrue();
                    if (acl.operations().contains("Write")) {
                        assertThat(usage.writes().contains(acl.name()) || usage.owned().contains(acl.name()))
                                .as("%s: writes only where it produces: %s", service, acl).isTrue();
                    }
                } else if (acl.type().equals("group")) {
                    assertThat(usage.groups().contains(acl.name()) || ownedDerivative
                            || usage.streamsApplicationId().filter(acl.name()::equals).isPresent())
                            .as("%s: %s names a group it does not join", service, acl).isTrue();
                } else {
                    throw new AssertionError(service + ": literal transactional id ACL " + acl);
                }
            }
        }
    }

    @Test
    void everyServiceConnectsOverTlsWithItsUserCertificateAndTheClusterCa() {
        String cluster = clusterName();
        int tlsPort = tlsListener().path("port").asInt();
        for (String service : Repo.SERVICES) {
            Map<String, String> config = Manifests.named(ConfigMap.class, service + "-config").getData();
            PodSpec pod = Manifests.named(StatefulSet.class, service).getSpec().getTemplate().getSpec();
            Container container = pod.getContainers().get(0);
            assertThat(config.get("KAFKA_BOOTSTRAP_SERVERS")).as("%s: the TLS listener", service)
                    .isEqualTo(cluster + "-kafka-bootstrap:" + tlsPort);
            List<String> prefixes = new ArrayList<>(List.of("KAFKA_"));
            if (KafkaUsage.of(service).streamsApplicationId().isPresent()) {
                // Quarkus' Kafka Streams reads quarkus.kafka-streams.*, not kafka.*.
                prefixes.add("QUARKUS_KAFKA_STREAMS_");
            }
            for (String prefix : prefixes) {
                assertThat(config.get(prefix + "SECURITY_PROTOCOL")).as("%s: %sSECURITY_PROTOCOL", service, prefix).isEqualTo("SSL");
                assertFileFromSecret(service, pod, container, config.get(prefix + "SSL_TRUSTSTORE_LOCATION"),
                        cluster + CLUSTER_CA_SECRET, prefix + "SSL_TRUSTSTORE_LOCATION");
                assertFileFromSecret(service, pod, container, config.get(prefix + "SSL_KEYSTORE_LOCATION"),
                        service, prefix + "SSL_KEYSTORE_LOCATION");
                assertThat(config.get(prefix + "SSL_TRUSTSTORE_TYPE")).isEqualTo("PKCS12");
                assertThat(config.get(prefix + "SSL_KEYSTORE_TYPE")).isEqualTo("PKCS12");
                assertPasswordFromSecret(service, container, prefix + "SSL_TRUSTSTORE_PASSWORD", cluster + CLUSTER_CA_SECRET, "ca.password");
                assertPasswordFromSecret(service, container, prefix + "SSL_KEYSTORE_PASSWORD", service, "user.password");
            }
            assertThat(config.keySet()).as("%s: passwords come from secrets, not the ConfigMap", service)
                    .noneMatch(k -> k.endsWith("PASSWORD"));
        }
    }

    /** The file a location names is a key of the secret, mounted read-only where the location points. */
    private static void assertFileFromSecret(String service, PodSpec pod, Container container, String location,
                                             String secret, String variable) {
        assertThat(location).as("%s: %s", service, variable).isNotBlank();
        Path file = Path.of(location);
        VolumeMount mount = container.getVolumeMounts().stream()
                .filter(m -> file.getParent().equals(Path.of(m.getMountPath()))).findFirst()
                .orElseThrow(() -> new AssertionError(service + ": nothing is mounted at " + file.getParent() + " (" + variable + ")"));
        assertThat(mount.getReadOnly()).as("%s: %s is mounted read-only", service, mount.getName()).isTrue();
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(service + ": no volume " + mount.getName()));
        assertThat(volume.getSecret()).as("%s: %s is a secret", service, volume.getName()).isNotNull();
        assertThat(volume.getSecret().getSecretName()).as("%s: %s", service, variable).isEqualTo(secret);
        assertThat(volume.getSecret().getItems()).as("%s: %s holds %s", service, secret, file.getFileName())
                .anySatisfy(item -> {
                    assertThat(item.getPath()).isEqualTo(file.getFileName().toString());
                    assertThat(item.getKey()).isEqualTo(file.getFileName().toString());
                });
    }

    private static void assertPasswordFromSecret(String service, Container container, String variable, String secret, String key) {
        EnvVar env = container.getEnv().stream().filter(e -> e.getName().equals(variable)).findFirst()
                .orElseThrow(() -> new AssertionError(service + " does not set " + variable));
        assertThat(env.getValueFrom()).as("%s: %s comes from a secret", service, variable).isNotNull();
        assertThat(env.getValueFrom().getSecretKeyRef().getName()).as("%s: %s", service, variable).isEqualTo(secret);
        assertThat(env.getValueFrom().getSecretKeyRef().getKey()).as("%s: %s", service, variable).isEqualTo(key);
    }

    @Test
    void theListenerAcceptsOnlyTheServicesPods() {
        JsonNode peers = tlsListener().path("networkPolicyPeers");
        assertThat(peers.size()).as("networkPolicyPeers of the TLS listener").isPositive();
        String text = peers.toString();
        Repo.SERVICES.forEach(s -> assertThat(text).as("the listener lets %s in", s).contains(s));
    }
}
