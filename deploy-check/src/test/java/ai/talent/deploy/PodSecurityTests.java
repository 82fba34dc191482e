package ai.talent.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pods run restricted: not as root, no privilege escalation, no capabilities, the runtime's seccomp profile, a
 * read-only root filesystem with writable volumes exactly where a service writes (its state folder, temporary files,
 * DJL's native cache), and no Kubernetes API token. The operators' pods (Strimzi, ECK) get the same through their
 * templates wherever the resource lets us say so.
 */
class PodSecurityTests {

    private static void assertRestricted(String what, SecurityContext c, boolean readOnlyRoot) {
        assertThat(c).as("%s: container securityContext", what).isNotNull();
        assertThat(c.getAllowPrivilegeEscalation()).as("%s: allowPrivilegeEscalation", what).isFalse();
        assertThat(c.getPrivileged()).as("%s: privileged", what).isNotEqualTo(Boolean.TRUE);
        assertThat(c.getCapabilities()).as("%s: capabilities", what).isNotNull();
        assertThat(c.getCapabilities().getDrop()).as("%s: capabilities dropped", what).contains("ALL");
        assertThat(c.getCapabilities().getAdd()).as("%s: capabilities added", what).isNullOrEmpty();
        if (readOnlyRoot) {
            assertThat(c.getReadOnlyRootFilesystem()).as("%s: readOnlyRootFilesystem", what).isTrue();
        }
    }

    private static void assertRestricted(String what, PodSecurityContext p) {
        assertThat(p).as("%s: pod securityContext", what).isNotNull();
        assertThat(p.getRunAsNonRoot()).as("%s: runAsNonRoot", what).isTrue();
        assertThat(Long.valueOf(0).equals(p.getRunAsUser())).as("%s: runs as root (runAsUser 0)", what).isFalse();
        assertThat(p.getSeccompProfile()).as("%s: seccompProfile", what).isNotNull();
        assertThat(p.getSeccompProfile().getType()).as("%s: seccompProfile", what).isEqualTo("RuntimeDefault");
    }

    @Test
    void everyServicePodAndContainerRunsRestricted() {
        for (String service : Repo.SERVICES) {
            PodSpec pod = Manifests.named(StatefulSet.class, service).getSpec().getTemplate().getSpec();
            assertRestricted(service, pod.getSecurityContext());
            assertThat(pod.getAutomountServiceAccountToken()).as("%s: no API token mounted", service).isFalse();
            assertThat(pod.getHostNetwork()).isNotEqualTo(Boolean.TRUE);
            assertThat(pod.getHostPID()).isNotEqualTo(Boolean.TRUE);
            List<Container> containers = new ArrayList<>(pod.getContainers());
            containers.addAll(pod.getInitContainers());
            for (Container c : containers) {
                assertRestricted(service + "/" + c.getName(), c.getSecurityContext(), true);
            }
        }
    }

    @Test
    void servicesWriteOnlyToVolumesAndEveryFolderTheyWriteIsOne() {
        for (String service : Repo.SERVICES) {
            PodSpec pod = Manifests.named(StatefulSet.class, service).getSpec().getTemplate().getSpec();
            Container c = pod.getContainers().get(0);
            Map<String, String> config = Manifests.named(ConfigMap.class, service + "-config").getData();
            Set<String> claims = Manifests.named(StatefulSet.class, service).getSpec().getVolumeClaimTemplates().stream()
                    .map(t -> t.getMetadata().getName()).collect(Collectors.toSet());
            List<String> writable = new ArrayList<>();
            for (VolumeMount m : c.getVolumeMounts()) {
                if (Boolean.TRUE.equals(m.getReadOnly())) {
                    continue;
                }
                Volume volume = pod.getVolumes() == null ? null : pod.getVolumes().stream()
                        .filter(v -> v.getName().equals(m.getName())).findFirst().orElse(null);
                boolean scratchOrState = claims.contains(m.getName()) || (volume != null && volume.getEmptyDir() != null);
                assertThat(scratchOrState).as("%s: writable mount %s is its state claim or an emptyDir", service, m.getName()).isTrue();
                if (volume != null && volume.getEmptyDir() != null) {
                    assertThat(volume.getEmptyDir().getSizeLimit()).as("%s: emptyDir %s is bounded", service, m.getName()).isNotNull();
                }
                writable.add(m.getMountPath());
            }
            // The folders the service writes: its state, the JVM's temporary files, DJL's cache (the image's default is
            // inside the read-only image, so the deployment must move it).
            List<String> written = new ArrayList<>(List.of(config.get("TALENT_STATE_DIR"), "/tmp"));
            String djl = config.get("DJL_CACHE_DIR");
            assertThat(djl).as("%s: DJL_CACHE_DIR points at a writable volume (the image's is read-only)", service).isNotBlank();
            written.add(djl);
            for (String folder : written) {
                assertThat(writable).as("%s writes %s", service, folder)
                        .anySatisfy(mount -> assertThat(Path.of(folder).startsWith(Path.of(mount))).isTrue());
            }
        }
    }

    @Test
    void kafkaAndElasticsearchPodsAreRestrictedThroughTheirTemplates() {
        JsonNode pool = Manifests.tree(Manifests.custom("KafkaNodePool").get(0)).path("spec").path("template");
        assertPodTree("KafkaNodePool", pool.path("pod").path("securityContext"));
        assertContainerTree("KafkaNodePool kafka", pool.path("kafkaContainer").path("securityContext"), true);

        JsonNode entityOperator = Manifests.tree(Manifests.custom("Kafka").get(0)).path("spec").path("entityOperator").path("template");
        assertPodTree("entity operator", entityOperator.path("pod").path("securityContext"));
        assertContainerTree("topic operator", entityOperator.path("topicOperatorContainer").path("securityContext"), true);
        assertContainerTree("user operator", entityOperator.path("userOperatorContainer").path("securityContext"), true);

        for (JsonNode nodeSet : Manifests.tree(Manifests.custom("Elasticsearch").get(0)).path("spec").path("nodeSets")) {
            JsonNode spec = nodeSet.path("podTemplate").path("spec");
            assertPodTree("Elasticsearch", spec.path("securityContext"));
            List<JsonNode> containers = new ArrayList<>();
            spec.path("containers").forEach(containers::add);
            spec.path("initContainers").forEach(containers::add);
            assertThat(containers).isNotEmpty();
            // Not read-only: the plugin is installed into the image's plugins folder at start.
            containers.forEach(c -> assertContainerTree("Elasticsearch/" + c.path("name").asText(), c.path("securityContext"), false));
        }
    }

    private static void assertPodTree(String what, JsonNode tree) {
        assertRestricted(what, Repo.YAML.convertValue(tree, PodSecurityContext.class));
    }

    private static void assertContainerTree(String what, JsonNode tree, boolean readOnlyRoot) {
        assertRestricted(what, Repo.YAML.convertValue(tree, SecurityContext.class), readOnlyRoot);
    }
}
