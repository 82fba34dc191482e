package ai.talent.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The k8s/ kustomize base as parsed resources: every document of every file its kustomization lists. */
final class Manifests {

    static final Path K8S = Repo.root().resolve("k8s");
    static final List<HasMetadata> RESOURCES = load();

    private Manifests() {
    }

    private static List<HasMetadata> load() {
        List<HasMetadata> out = new ArrayList<>();
        for (String file : kustomizationResources()) {
            for (JsonNode doc : Repo.yamlDocuments(K8S.resolve(file))) {
                KubernetesResource typed = Repo.typed(doc);
                assertThat(typed).as("%s in %s", doc.path("kind").asText(), file).isInstanceOf(HasMetadata.class);
                out.add((HasMetadata) typed);
            }
        }
        return List.copyOf(out);
    }

    static List<String> kustomizationResources() {
        JsonNode kustomization = Repo.yamlDocuments(K8S.resolve("kustomization.yaml")).get(0);
        List<String> files = new ArrayList<>();
        kustomization.path("resources").forEach(n -> files.add(n.asText()));
        return files;
    }

    static <T extends HasMetadata> List<T> all(Class<T> type) {
        return RESOURCES.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static <T extends HasMetadata> T named(Class<T> type, String name) {
        return all(type).stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
    }

    static List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(r -> r.getKind().equals(kind)).toList();
    }

    /** A custom resource as a tree (fabric8 keeps its fields as nested maps). */
    static JsonNode tree(GenericKubernetesResource resource) {
        return Repo.YAML.valueToTree(resource);
    }
}
