package ai.talent.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Default deny in both directions, then only the flows the suite has: clients, peers and Prometheus to each
 * service's HTTP port; every service to the Kafka brokers' TLS listener; search-service, and only it, to
 * Elasticsearch; everyone to DNS.
 */
class NetworkPolicyTests {

    private static final Map<String, String> KAFKA_BROKERS = Map.of("strimzi.io/cluster", "talent-kafka", "strimzi.io/broker-role", "true");

    private static List<NetworkPolicy> policies() {
        return Manifests.all(NetworkPolicy.class);
    }

    private static Map<String, String> podLabels(String service) {
        return Manifests.named(StatefulSet.class, service).getSpec().getTemplate().getMetadata().getLabels();
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        boolean expressions = selector.getMatchExpressions() == null || selector.getMatchExpressions().stream().allMatch(e ->
                switch (e.getOperator()) {
                    case "In" -> e.getValues().contains(labels.get(e.getKey()));
                    case "NotIn" -> !e.getValues().contains(labels.get(e.getKey()));
                    case "Exists" -> labels.containsKey(e.getKey());
                    case "DoesNotExist" -> !labels.containsKey(e.getKey());
                    default -> false;
                });
        return expressions && (selector.getMatchLabels() == null || labels.entrySet().containsAll(selector.getMatchLabels().entrySet()));
    }

    private static List<NetworkPolicy> selecting(Map<String, String> labels) {
        return policies().stream().filter(p -> selects(p.getSpec().getPodSelector(), labels)).toList();
    }

    private static boolean coversPort(List<NetworkPolicyPort> ports, int port) {
        return ports == null || ports.isEmpty() || ports.stream().anyMatch(p -> p.getPort() != null && p.getPort().getIntVal() == port);
    }

    private static boolean samePodSelector(NetworkPolicyPeer peer, Map<String, String> labels) {
        return peer.getNamespaceSelector() == null && peer.getIpBlock() == null && selects(peer.getPodSelector(), labels);
    }

    private static boolean egressAllowed(Map<String, String> from, Map<String, String> to, int port) {
        return selecting(from).stream().filter(p -> p.getSpec().getEgress() != null)
                .flatMap(p -> p.getSpec().getEgress().stream())
                .anyMatch(r -> coversPort(r.getPorts(), port) && r.getTo() != null && r.getTo().stream().anyMatch(peer -> samePodSelector(peer, to)));
    }

    private static boolean ingressAllowed(Map<String, String> from, Map<String, String> to, int port) {
        return selecting(to).stream().filter(p -> p.getSpec().getIngress() != null)
                .flatMap(p -> p.getSpec().getIngress().stream())
                .anyMatch(r -> coversPort(r.getPorts(), port) && r.getFrom() != null && r.getFrom().stream().anyMatch(peer -> samePodSelector(peer, from)));
    }

    @Test
    void everythingIsDeniedUnlessAllowed() {
        assertThat(policies()).as("a default-deny policy: every pod, both directions, no rule").anySatisfy(p -> {
            assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(p.getSpec().getPodSelector().getMatchExpressions()).isNullOrEmpty();
            assertThat(p.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(p.getSpec().getIngress()).isNullOrEmpty();
            assertThat(p.getSpec().getEgress()).isNullOrEmpty();
        });
        assertThat(policies()).as("DNS for every pod").anySatisfy(p -> {
            assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(p.getSpec().getEgress()).anySatisfy(r -> assertThat(coversPort(r.getPorts(), 53)).isTrue());
        });
        for (NetworkPolicy p : policies()) {
            if (p.getSpec().getEgress() != null) {
                for (NetworkPolicyEgressRule r : p.getSpec().getEgress()) {
                    assertThat(r.getPorts() != null && !r.getPorts().isEmpty() || r.getTo() != null && !r.getTo().isEmpty())
                            .as("%s: an egress rule open to everything on every port", p.getMetadata().getName()).isTrue();
                }
            }
            if (p.getSpec().getIngress() != null) {
                for (NetworkPolicyIngressRule r : p.getSpec().getIngress()) {
                    assertThat(r.getFrom()).as("%s: an ingress rule open to everyone", p.getMetadata().getName()).isNotEmpty();
                }
            }
        }
    }

    @Test
    void everyServiceAcceptsOnItsHttpPortAndReachesKafkaAndItsPeers() {
        int tlsPort = Manifests.tree(Manifests.custom("Kafka").get(0)).path("spec").path("kafka").path("listeners").get(0).path("port").asInt();
        for (String service : Repo.SERVICES) {
            Map<String, String> labels = podLabels(service);
            int port = Repo.httpPort(service);
            List<NetworkPolicy> own = selecting(labels).stream()
                    .filter(p -> p.getSpec().getIngress() != null && !p.getSpec().getIngress().isEmpty()).toList();
            assertThat(own).as("%s: a policy lets requests in", service).isNotEmpty();
            own.forEach(p -> p.getSpec().getIngress().forEach(r -> assertThat(r.getPorts()).as("%s: ingress only on its HTTP port", service)
                    .isNotEmpty().allSatisfy(pp -> assertThat(pp.getPort().getIntVal()).isEqualTo(port))));
            assertThat(own.stream().flatMap(p -> p.getSpec().getIngress().stream()).flatMap(r -> r.getFrom().stream())
                    .anyMatch(peer -> peer.getNamespaceSelector() != null && peer.getNamespaceSelector().getMatchLabels() != null
                            && "monitoring".equals(peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"))))
                    .as("%s: Prometheus (namespace monitoring) scrapes it", service).isTrue();
            assertThat(ingressAllowed(labels, labels, port) && egressAllowed(labels, labels, port))
                    .as("%s: replicas reach each other (forwarded keyed reads)", service).isTrue();
            assertThat(egressAllowed(labels, KAFKA_BROKERS, tlsPort)).as("%s reaches the brokers on %d", service, tlsPort).isTrue();
        }
    }

    @Test
    void onlySearchServiceReachesElasticsearch() {
        JsonNode es = Manifests.tree(Manifests.custom("Elasticsearch").get(0));
        Map<String, String> esPods = Map.of("elasticsearch.k8s.elastic.co/cluster-name", es.path("metadata").path("name").asText());
        for (String service : Repo.SERVICES) {
            boolean usesElasticsearch = ServiceEnvironment.known(service).contains("ELASTICSEARCH_URL");
            assertThat(egressAllowed(podLabels(service), esPods, 9200)).as("%s -> Elasticsearch", service).isEqualTo(usesElasticsearch);
            assertThat(ingressAllowed(podLabels(service), esPods, 9200)).as("Elasticsearch <- %s", service).isEqualTo(usesElasticsearch);
        }
        assertThat(egressAllowed(esPods, esPods, 9300) && ingressAllowed(esPods, esPods, 9300))
                .as("Elasticsearch nodes reach each other on the transport port").isTrue();
    }
}
