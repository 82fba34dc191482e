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
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * search-service reaches the ECK cluster over HTTPS as the elastic user: the URL names the cluster's HTTP service
 * with https, the password comes from the secret ECK generates ({@code <cluster>-es-elastic-user}, key
 * {@code elastic}), the CA file it checks the certificate with is mounted from {@code <cluster>-es-http-certs-public},
 * and the cluster keeps ECK's TLS on.
 */
class ElasticsearchSecurityTests {

    @Test
    void searchServiceUsesTheEckUsersPasswordAndCaOverHttps() {
        GenericKubernetesResource es = Manifests.custom("Elasticsearch").get(0);
        String cluster = es.getMetadata().getName();
        JsonNode tls = Repo.YAML.valueToTree(es.getAdditionalProperties()).path("spec").path("http").path("tls");
        assertThat(tls.path("selfSignedCertificate").path("disabled").asBoolean(false))
                .as("the cluster keeps ECK's HTTPS").isFalse();

        Map<String, String> env = Manifests.named(ConfigMap.class, "search-service-config").getData();
        assertThat(env.get("ELASTICSEARCH_URL")).isEqualTo("https://" + cluster + "-es-http:9200");
        assertThat(env.get("ELASTICSEARCH_USERNAME")).isEqualTo("elastic");

        PodSpec pod = Manifests.named(StatefulSet.class, "search-service").getSpec().getTemplate().getSpec();
        Container c = pod.getContainers().get(0);
        EnvVar password = c.getEnv().stream().filter(e -> e.getName().equals("ELASTICSEARCH_PASSWORD")).findFirst()
                .orElseThrow(() -> new AssertionError("search-service: ELASTICSEARCH_PASSWORD is not set"));
        assertThat(password.getValueFrom().getSecretKeyRef().getName()).isEqualTo(cluster + "-es-elastic-user");
        assertThat(password.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("elastic");

        String ca = env.get("ELASTICSEARCH_CA_CERT");
        assertThat(ca).as("ELASTICSEARCH_CA_CERT").isNotBlank();
        VolumeMount mount = c.getVolumeMounts().stream().filter(m -> ca.startsWith(m.getMountPath() + "/")).findFirst()
                .orElseThrow(() -> new AssertionError("search-service: nothing is mounted at " + ca));
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst()
                .orElseThrow();
        assertThat(volume.getSecret().getSecretName()).isEqualTo(cluster + "-es-http-certs-public");
        String file = Path.of(mount.getMountPath()).relativize(Path.of(ca)).toString();
        assertThat(volume.getSecret().getItems()).anySatisfy(item -> {
            assertThat(item.getKey()).isEqualTo("ca.crt");
            assertThat(item.getPath()).isEqualTo(file);
        });
        ServiceEnvironment.assertKnown("search-service", java.util.Set.of("ELASTICSEARCH_USERNAME",
                "ELASTICSEARCH_PASSWORD", "ELASTICSEARCH_CA_CERT"));
    }
}
