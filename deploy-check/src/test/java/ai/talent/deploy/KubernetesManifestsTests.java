package ai.talent.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.event.Topics;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KubernetesManifestsTests {

    private static final Set<String> CUSTOM_KINDS =
            Set.of("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser", "Elasticsearch", "PodMonitor");
    private static final List<HasMetadata> RESOURCES = Manifests.RESOURCES;
    private static final Path k8s = Manifests.K8S;

    private static List<String> kustomizationResources() {
        return Manifests.kustomizationResources();
    }

    private static <T extends HasMetadata> List<T> all(Class<T> type) {
        return Manifests.all(type);
    }

    private static <T extends HasMetadata> T named(Class<T> type, String name) {
        return Manifests.named(type, name);
    }

    private static List<GenericKubernetesResource> custom(String kind) {
        return Manifests.custom(kind);
    }

    @Test
    void kustomizationListsEveryManifestFile() throws IOException {
        Set<String> onDisk = new HashSet<>();
        try (Stream<Path> files = Files.walk(k8s)) {
            files.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().equals("kustomization.yaml"))
                    .forEach(p -> onDisk.add(k8s.relativize(p).toString()));
        }
        assertThat(new HashSet<>(kustomizationResources())).isEqualTo(onDisk);
    }

    @Test
    void coreKindsParseIntoTheirTypedClasses() {
        for (HasMetadata r : RESOURCES) {
            if (r instanceof GenericKubernetesResource generic) {
                assertThat(CUSTOM_KINDS).as("only custom resources stay generic").contains(generic.getKind());
            }
        }
        assertThat(all(StatefulSet.class)).hasSize(Repo.SERVICES.size());
        assertThat(all(Service.class)).as("a client Service and a headless one per service").hasSize(2 * Repo.SERVICES.size());
        assertThat(all(HorizontalPodAutoscaler.class)).hasSize(Repo.SERVICES.size());
        assertThat(all(PodDisruptionBudget.class)).hasSize(Repo.SERVICES.size());
        assertThat(all(ConfigMap.class)).hasSize(Repo.SERVICES.size());
    }

    @Test
    void serviceSelectorsMatchStatefulSetPodLabelsAndNamedPorts() {
        for (Service service : all(Service.class)) {
            Map<String, String> selector = service.getSpec().getSelector();
            List<StatefulSet> matching = all(StatefulSet.class).stream()
                    .filter(d -> d.getSpec().getTemplate().getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
                    .toList();
            assertThat(matching).as("stateful sets selected by service %s", service.getMetadata().getName()).hasSize(1);
            Container container = matching.get(0).getSpec().getTemplate().getSpec().getContainers().get(0);
            service.getSpec().getPorts().forEach(port -> assertThat(container.getPorts())
                    .anySatisfy(cp -> assertThat(cp.getName()).isEqualTo(port.getTargetPort().getStrVal())));
            assertThat(matching.get(0).getSpec().getSelector().getMatchLabels().entrySet())
                    .isSubsetOf(matching.get(0).getSpec().getTemplate().getMetadata().getLabels().entrySet());
        }
    }

    @Test
    void everyServiceHasProbesResourcesAutoscalingAndDisruptionBudget() {
        for (String name : Repo.SERVICES) {
            StatefulSet set = named(StatefulSet.class, name);
            Container c = set.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertThat(c.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
            assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
            assertThat(c.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(c.getResources().getLimits()).containsKey("memory");

            HorizontalPodAutoscaler hpa = named(HorizontalPodAutoscaler.class, name);
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("StatefulSet");
            assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(name);
            assertThat(hpa.getSpec().getMetrics()).anySatisfy(m -> assertThat(m.getResource().getName()).isEqualTo("cpu"));

            PodDisruptionBudget pdb = named(PodDisruptionBudget.class, name);
            assertThat(set.getSpec().getTemplate().getMetadata().getLabels().entrySet())
                    .containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet());
            assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isLessThan(hpa.getSpec().getMinReplicas());
        }
    }

    @Test
    void containerPortsAndEnvironmentMatchEachServiceConfiguration() {
        for (String name : Repo.SERVICES) {
            Container c = named(StatefulSet.class, name).getSpec().getTemplate().getSpec().getContainers().get(0);
            assertThat(c.getPorts()).singleElement()
                    .satisfies(p -> assertThat(p.getContainerPort()).isEqualTo(Repo.httpPort(name)));
            assertThat(c.getEnvFrom()).anySatisfy(e -> assertThat(e.getConfigMapRef().getName()).isEqualTo(name + "-config"));
            Map<String, String> env = named(ConfigMap.class, name + "-config").getData();
            ServiceEnvironment.assertKnown(name, env.keySet());
            // Variables filled from the pod itself (its name) only build others; the service does not read them.
            c.getEnv().stream().filter(e -> e.getValueFrom() == null || e.getValueFrom().getFieldRef() == null)
                    .forEach(e -> ServiceEnvironment.assertKnown(name, Set.of(e.getName())));
        }
    }

    @Test
    void swaggerUiIsOffInTheClusterWhenTheProdJarServesIt() {
        for (String name : Repo.SERVICES) {
            java.util.Properties p = Repo.serviceProperties(name);
            boolean included = Boolean.parseBoolean(p.getProperty("%prod.quarkus.swagger-ui.always-include",
                    p.getProperty("quarkus.swagger-ui.always-include", "false")));
            boolean enabled = Boolean.parseBoolean(p.getProperty("%prod.quarkus.swagger-ui.enabled",
                    p.getProperty("quarkus.swagger-ui.enabled", "true")));
            if (included && enabled) {
                assertThat(named(ConfigMap.class, name + "-config").getData())
                        .as("%s: its prod jar serves Swagger UI; the cluster turns it off", name)
                        .containsEntry("QUARKUS_SWAGGER_UI_ENABLED", "false");
            }
        }
    }

    @Test
    void everyServiceKeepsItsStateOnItsOwnVolume() {
        for (String name : Repo.SERVICES) {
            StatefulSet set = named(StatefulSet.class, name);
            String stateDir = named(ConfigMap.class, name + "-config").getData().get("TALENT_STATE_DIR");
            assertThat(stateDir).as("%s: TALENT_STATE_DIR", name).isNotBlank();
            assertThat(set.getSpec().getVolumeClaimTemplates()).as("%s: a volume per replica", name).singleElement()
                    .satisfies(claim -> {
                        assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
                        assertThat(claim.getSpec().getResources().getRequests()).containsKey("storage");
                        Container c = set.getSpec().getTemplate().getSpec().getContainers().get(0);
                        assertThat(c.getVolumeMounts()).as("%s: the claim is where the service keeps its state", name)
                                .anySatisfy(m -> {
                                    assertThat(m.getName()).isEqualTo(claim.getMetadata().getName());
                                    assertThat(m.getMountPath()).isEqualTo(stateDir);
                                });
                    });
            assertThat(set.getSpec().getTemplate().getSpec().getSecurityContext().getFsGroup())
                    .as("%s: the volume is writable for the image's user (185)", name).isEqualTo(185L);
        }
    }

    @Test
    void everyStatefulSetIsGovernedByAHeadlessServiceListingNotReadyPods() {
        for (String name : Repo.SERVICES) {
            StatefulSet set = named(StatefulSet.class, name);
            Service headless = named(Service.class, set.getSpec().getServiceName());
            assertThat(headless.getSpec().getClusterIP()).isEqualTo("None");
            assertThat(headless.getSpec().getPublishNotReadyAddresses()).isTrue();
            assertThat(set.getSpec().getTemplate().getMetadata().getLabels().entrySet())
                    .containsAll(headless.getSpec().getSelector().entrySet());
            assertThat(headless.getSpec().getPorts()).singleElement()
                    .satisfies(p -> assertThat(p.getPort()).isEqualTo(Repo.httpPort(name)));
        }
    }

    @Test
    void replicasWithKeyedStateAdvertiseTheirStablePodAddressToPeers() {
        for (String name : Repo.SERVICES) {
            String server = Repo.serviceProperties(name).getProperty("quarkus.kafka-streams.application-server");
            if (server == null) {
                continue;
            }
            assertThat(server).as("%s: application.server is the advertised host and the HTTP port", name)
                    .isEqualTo("${TALENT_STATE_ADVERTISED_HOST:localhost}:${quarkus.http.port}");
            StatefulSet set = named(StatefulSet.class, name);
            List<EnvVar> env = set.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();
            EnvVar podName = env.stream().filter(e -> e.getName().equals("POD_NAME")).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " has no POD_NAME"));
            assertThat(podName.getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.name");
            assertThat(env).as("%s: peers reach a replica at <pod>.<headless service>", name).anySatisfy(e -> {
                assertThat(e.getName()).isEqualTo("TALENT_STATE_ADVERTISED_HOST");
                assertThat(e.getValue()).isEqualTo("$(POD_NAME)." + set.getSpec().getServiceName());
            });
            assertThat(env.indexOf(podName)).as("POD_NAME is defined before it is used")
                    .isLessThan(env.stream().map(EnvVar::getName).toList().indexOf("TALENT_STATE_ADVERTISED_HOST"));
        }
    }

    @Test
    void everyTopicOfTheArchitectureExistsAsAKafkaTopicWithItsPolicy() {
        List<GenericKubernetesResource> topics = custom("KafkaTopic");
        int maxReplicas = all(HorizontalPodAutoscaler.class).stream().mapToInt(h -> h.getSpec().getMaxReplicas()).max().orElseThrow();
        for (Topics.Topic topic : Topics.ALL) {
            GenericKubernetesResource t = topicNamed(topics, topic.name());
            Map<String, Object> spec = t.get("spec");
            Map<String, Object> config = t.get("spec", "config");
            assertThat(config.get("cleanup.policy")).isEqualTo(topic.compacted() ? "compact" : "delete");
            assertThat((Integer) spec.get("partitions")).as("partitions of %s", topic.name()).isGreaterThanOrEqualTo(maxReplicas);
            assertThat((Integer) spec.get("replicas")).isEqualTo(3);
            assertThat(t.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "talent-kafka");
            topicNamed(topics, topic.deadLetter());
        }
        assertThat(topics).hasSize(Topics.allNamesWithDeadLetters().size());
        // Kafka Streams reads several source topics in one task (contracts with predictions, freelancers with
        // contracts): they must be co-partitioned.
        assertThat(Topics.ALL.stream().map(t -> (Integer) topicNamed(topics, t.name()).get("spec", "partitions"))
                .distinct().toList()).as("partitions of the source topics").hasSize(1);
    }

    private static GenericKubernetesResource topicNamed(List<GenericKubernetesResource> topics, String name) {
        return topics.stream()
                .filter(t -> name.equals(t.get("spec", "topicName")) || name.equals(t.getMetadata().getName()))
                .findFirst().orElseThrow(() -> new AssertionError("no KafkaTopic for " + name));
    }

    @Test
    void kafkaClusterReplicatesAndElasticsearchHasNori() {
        GenericKubernetesResource kafka = custom("Kafka").get(0);
        Map<String, Object> config = kafka.get("spec", "kafka", "config");
        assertThat(config).containsEntry("min.insync.replicas", 2).containsEntry("default.replication.factor", 3);
        GenericKubernetesResource pool = custom("KafkaNodePool").get(0);
        assertThat((Integer) pool.get("spec", "replicas")).isGreaterThanOrEqualTo(3);

        GenericKubernetesResource es = custom("Elasticsearch").get(0);
        assertThat(Repo.YAML.valueToTree(es.getAdditionalProperties()).toString()).contains("analysis-nori");
        String esUrl = named(ConfigMap.class, "search-service-config").getData().get("ELASTICSEARCH_URL");
        assertThat(esUrl).contains(es.getMetadata().getName() + "-es-http");
    }
}
