package ai.talent.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Bearer-token auth as deployed: the prod profile (the packaged jar) turns it on unless told otherwise, every
 * service's /v1 permissions follow that one switch, and every StatefulSet keeps it on and reads the issuer's public
 * key from a file mounted from a Secret or ConfigMap that holds it; docker-compose says explicitly that it is off.
 */
class BearerAuthDeploymentTests {

    @Test
    void theProdProfileTurnsAuthOnUnlessTalentAuthEnabledSaysOtherwiseAndEveryPermissionFollowsIt() {
        Properties shared = Repo.sharedServiceDefaults();
        assertThat(shared.getProperty("%prod.talent.auth.enabled")).isEqualTo("${TALENT_AUTH_ENABLED:true}");
        assertThat(shared.getProperty("talent.auth.enabled")).isEqualTo("false");
        assertThat(shared.getProperty("mp.jwt.verify.publickey.location")).contains("TALENT_AUTH_PUBLIC_KEY");
        assertThat(shared.getProperty("quarkus.http.auth.permission.talent-v1.paths")).isEqualTo("/v1/*");
        for (String service : Repo.SERVICES) {
            Properties p = Repo.serviceProperties(service);
            p.stringPropertyNames().stream()
                    .filter(k -> k.matches("quarkus\\.http\\.auth\\.permission\\.[^.]+\\.paths"))
                    .forEach(paths -> {
                        String permission = paths.substring(0, paths.length() - ".paths".length());
                        assertThat(p.getProperty(permission + ".enabled")).as("%s: %s follows the auth switch",
                                service, permission).isEqualTo("${talent.auth.enabled}");
                        assertThat(p.getProperty(permission + ".policy")).as("%s: %s names a role policy", service,
                                permission).startsWith("talent-");
                        assertThat(p.getProperty(paths)).as("%s: %s protects /v1 only", service, permission)
                                .matches("(/v1/[^,]*)(,/v1/[^,]*)*");
                    });
            assertThat(p.getProperty("%prod.talent.auth.enabled", "${TALENT_AUTH_ENABLED:true}"))
                    .as("%s may not weaken the prod default", service).isEqualTo("${TALENT_AUTH_ENABLED:true}");
        }
    }

    @Test
    void everyStatefulSetKeepsAuthOnAndMountsTheIssuersPublicKeyFromASecretOrConfigMap() {
        for (String name : Repo.SERVICES) {
            Map<String, String> env = Manifests.named(ConfigMap.class, name + "-config").getData();
            assertThat(env.getOrDefault("TALENT_AUTH_ENABLED", "true")).as("%s: auth stays on", name).isEqualTo("true");
            assertThat(env.get("TALENT_AUTH_ISSUER")).as("%s: TALENT_AUTH_ISSUER", name).isNotBlank();
            String key = env.get("TALENT_AUTH_PUBLIC_KEY");
            assertThat(key).as("%s: TALENT_AUTH_PUBLIC_KEY", name).isNotBlank().startsWith("/");

            PodSpec pod = Manifests.named(StatefulSet.class, name).getSpec().getTemplate().getSpec();
            Container c = pod.getContainers().get(0);
            VolumeMount mount = c.getVolumeMounts().stream()
                    .filter(m -> key.startsWith(m.getMountPath().endsWith("/") ? m.getMountPath()
                            : m.getMountPath() + "/"))
                    .findFirst().orElseThrow(() -> new AssertionError(name + ": nothing is mounted at " + key));
            assertThat(mount.getReadOnly()).as("%s: the key is mounted read-only", name).isTrue();
            String file = Path.of(mount.getMountPath()).relativize(Path.of(key)).toString();
            Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst()
                    .orElseThrow(() -> new AssertionError(name + ": no volume " + mount.getName()));
            if (volume.getSecret() != null) {
                assertThat(volume.getSecret().getSecretName()).isNotBlank();
                assertThat(volume.getSecret().getItems()).as("%s: the Secret provides %s", name, file)
                        .anySatisfy(item -> assertThat(item.getPath()).isEqualTo(file));
            } else {
                assertThat(volume.getConfigMap()).as("%s: the key comes from a Secret or a ConfigMap", name)
                        .isNotNull();
                assertThat(volume.getConfigMap().getItems()).as("%s: the ConfigMap provides %s", name, file)
                        .anySatisfy(item -> assertThat(item.getPath()).isEqualTo(file));
            }
        }
    }

    @Test
    void composeSaysExplicitlyThatAuthIsOffOnADevelopersMachineAndHowToTurnItOn() {
        JsonNode compose = Repo.yamlDocuments(Repo.root().resolve("docker-compose.yml")).getFirst();
        for (String name : Repo.SERVICES) {
            JsonNode env = compose.path("services").path(name).path("environment");
            assertThat(env.path("TALENT_AUTH_ENABLED").asText()).as("%s", name)
                    .isEqualTo("${TALENT_AUTH_ENABLED:-false}");
            assertThat(env.has("TALENT_AUTH_PUBLIC_KEY")).as("%s: TALENT_AUTH_PUBLIC_KEY can be set", name).isTrue();
        }
    }
}
