package ai.talent.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Metrics: Prometheus (docker/prometheus) scrapes every service where it exports, Grafana (docker/grafana) gets the
 * data source and the dashboard, docker-compose runs both with those files, and the dashboard asks only for metrics
 * the services export: meters the code registers (found by reading the sources) and those of the Micrometer binders
 * the services' Quarkus extensions bring.
 */
class MonitoringTests {

    private static final Path ROOT = Repo.root();
    private static final ObjectMapper STRICT_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Modules whose code runs inside the services (the services and the libraries they embed). */
    private static final List<String> SERVICE_CODE =
            Stream.concat(Repo.SERVICES.stream(), Stream.of("shared-service", "shared-nn", "shared-domain")).toList();

    /**
     * Metrics the services export without registering them in their code: Prometheus' own {@code up} per target, and
     * those of the Micrometer binders Quarkus turns on when an extension is present (shared-service/pom.xml): the HTTP
     * server timer per method/URI/status and the JVM binders (quarkus-micrometer-registry-prometheus), Kafka client
     * metrics of the SmallRye and Kafka Streams clients (quarkus-messaging-kafka, quarkus-kafka-streams).
     */
    private static final Map<String, List<String>> FRAMEWORK_METRICS = Map.of(
            "quarkus-micrometer-registry-prometheus", List.of("http_server_requests_seconds_count",
                    "http_server_requests_seconds_sum", "http_server_requests_seconds_max", "jvm_memory_used_bytes",
                    "jvm_memory_max_bytes", "jvm_threads_live_threads", "jvm_gc_pause_seconds_count",
                    "jvm_gc_pause_seconds_sum", "process_cpu_usage", "system_cpu_usage", "process_uptime_seconds"),
            "quarkus-messaging-kafka", List.of("kafka_consumer_fetch_manager_records_lag",
                    "kafka_consumer_fetch_manager_records_lag_max", "kafka_consumer_fetch_manager_records_consumed_total"));

    private static final Pattern BUILDER = Pattern.compile(
            "\\b(Counter|FunctionCounter|Gauge|TimeGauge|Timer|FunctionTimer|LongTaskTimer|DistributionSummary)\\.builder\\(\\s*\"([A-Za-z0-9_.\\-]+)\"");
    private static final Pattern SHORTHAND = Pattern.compile("\\.(counter|gauge|timer|summary)\\(\\s*\"([A-Za-z0-9_.\\-]+)\"");
    /** A helper that builds a meter from its name argument: {@code Counter counter(String name, ...) { return Counter.builder(name)}. */
    private static final Pattern HELPER = Pattern.compile(
            "\\b(\\w+)\\(\\s*String\\s+(\\w+)[^)]*\\)\\s*\\{\\s*return\\s+(Counter|Gauge|Timer|DistributionSummary)\\.builder\\(\\s*\\2\\s*\\)");
    private static final Set<String> PROMQL_WORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without",
            "on", "ignoring", "group_left", "group_right", "inf", "nan");

    private static JsonNode compose() {
        return Repo.yamlDocuments(ROOT.resolve("docker-compose.yml")).get(0);
    }

    private static JsonNode dashboard() {
        Path file = ROOT.resolve("docker/grafana/dashboards/talent-ai.json");
        try {
            return STRICT_JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new AssertionError(file + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** A compose service's bind mounts ("./repo/path:/container/path[:ro]"): container path to repository path. */
    private static Map<String, Path> bindMounts(String composeService) {
        Map<String, Path> out = new java.util.HashMap<>();
        compose().path("services").path(composeService).path("volumes").forEach(v -> {
            String[] parts = v.asText().split(":");
            if (parts[0].startsWith("./")) {
                out.put(parts[1], ROOT.resolve(parts[0].substring(2)).normalize());
            }
        });
        return out;
    }

    @Test
    void composeRunsPrometheusAndGrafanaWithTheRepositorysConfiguration() {
        JsonNode services = compose().path("services");
        assertThat(services.has("prometheus")).isTrue();
        assertThat(services.has("grafana")).isTrue();
        String config = services.path("prometheus").path("command").toString();
        Matcher file = Pattern.compile("--config\\.file=([^\"\\s,]+)").matcher(config);
        assertThat(file.find()).as("prometheus names its config file").isTrue();
        Path mounted = bindMounts("prometheus").get(file.group(1));
        assertThat(mounted).as("the config file comes from the repository").isNotNull();
        assertThat(mounted).isEqualTo(ROOT.resolve("docker/prometheus/prometheus.yml"));
        Map<String, Path> grafana = bindMounts("grafana");
        assertThat(grafana.get("/etc/grafana/provisioning")).isEqualTo(ROOT.resolve("docker/grafana/provisioning"));
        JsonNode provider = Repo.yamlDocuments(ROOT.resolve("docker/grafana/provisioning/dashboards/talent-ai.yml")).get(0)
                .path("providers").get(0);
        Path dashboards = grafana.get(provider.path("options").path("path").asText());
        assertThat(dashboards).as("the dashboards folder the provider reads is mounted").isNotNull();
        assertThat(dashboards.resolve("talent-ai.json")).exists();
    }

    @Test
    void prometheusScrapesEveryServiceWhereItExportsItsMetrics() {
        JsonNode config = Repo.yamlDocuments(ROOT.resolve("docker/prometheus/prometheus.yml")).get(0);
        Map<String, String> targets = new java.util.HashMap<>();
        for (JsonNode job : config.path("scrape_configs")) {
            String path = job.path("metrics_path").asText("/metrics");
            for (JsonNode group : job.path("static_configs")) {
                for (JsonNode target : group.path("targets")) {
                    targets.put(target.asText(), path + " service=" + group.path("labels").path("service").asText());
                }
            }
        }
        JsonNode composeServices = compose().path("services");
        for (String service : Repo.SERVICES) {
            assertThat(composeServices.has(service)).isTrue();
            String metricsPath = Repo.serviceProperties(service).getProperty("quarkus.micrometer.export.prometheus.path", "/q/metrics");
            assertThat(targets).as("Prometheus scrapes %s", service)
                    .containsEntry(service + ":" + Repo.httpPort(service), metricsPath + " service=" + service);
        }
        JsonNode prometheusDependsOn = composeServices.path("prometheus").path("depends_on");
        Repo.SERVICES.forEach(s -> assertThat(prometheusDependsOn.toString()).contains(s));
    }

    @Test
    void podMonitorScrapesEveryServiceInKubernetes() {
        JsonNode monitor = Manifests.tree(Manifests.custom("PodMonitor").get(0)).path("spec");
        var selector = Repo.YAML.convertValue(monitor.path("selector"), io.fabric8.kubernetes.api.model.LabelSelector.class);
        JsonNode endpoint = monitor.path("podMetricsEndpoints").get(0);
        for (String service : Repo.SERVICES) {
            StatefulSet set = Manifests.named(StatefulSet.class, service);
            Map<String, String> labels = set.getSpec().getTemplate().getMetadata().getLabels();
            boolean selected = selector.getMatchExpressions().stream().allMatch(e -> e.getOperator().equals("In")
                    && e.getValues().contains(labels.get(e.getKey())));
            assertThat(selected).as("the PodMonitor selects %s", service).isTrue();
            assertThat(set.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts())
                    .anySatisfy(p -> assertThat(p.getName()).isEqualTo(endpoint.path("port").asText()));
            assertThat(endpoint.path("path").asText())
                    .isEqualTo(Repo.serviceProperties(service).getProperty("quarkus.micrometer.export.prometheus.path"));
        }
        assertThat(endpoint.path("relabelings").toString()).as("labelled service=<name> like in compose").contains("\"targetLabel\":\"service\"");
    }

    @Test
    void dashboardIsValidAndEveryPanelUsesTheProvisionedDataSource() {
        JsonNode dashboard = dashboard();
        assertThat(dashboard.path("uid").asText()).isNotBlank();
        JsonNode datasource = Repo.yamlDocuments(ROOT.resolve("docker/grafana/provisioning/datasources/prometheus.yml")).get(0)
                .path("datasources").get(0);
        assertThat(datasource.path("type").asText()).isEqualTo("prometheus");
        assertThat(datasource.path("url").asText()).contains("prometheus:9090");
        Set<Integer> ids = new HashSet<>();
        int queries = 0;
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(ids.add(panel.path("id").asInt())).as("panel ids are unique").isTrue();
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            assertThat(panel.path("datasource").path("uid").asText()).as(panel.path("title").asText())
                    .isEqualTo(datasource.path("uid").asText());
            assertThat(panel.path("targets").size()).as("%s has queries", panel.path("title").asText()).isPositive();
            for (JsonNode target : panel.path("targets")) {
                assertThat(target.path("expr").asText()).isNotBlank();
                queries++;
            }
        }
        assertThat(queries).isGreaterThanOrEqualTo(10);
    }

    @Test
    void dashboardCoversLatencyConsumerLagAndDeadLetters() {
        String all = dashboard().toString();
        assertThat(all).contains("http_server_requests_seconds", "kafka_consumer_fetch_manager_records_lag",
                "talent_events_failed_total");
    }

    @Test
    void dashboardAsksOnlyForMetricsTheServicesExport() {
        Set<String> exported = exportedMetrics();
        Set<String> missing = new TreeSet<>();
        for (String expr : dashboardQueries()) {
            for (String metric : metricNames(expr)) {
                if (!exported.contains(metric)) {
                    missing.add(metric + "   in   " + expr);
                }
            }
        }
        assertThat(missing).as("metrics no service exports (exported: %s)", exported).isEmpty();
    }

    @Test
    void metricNameReadingFindsSelectorsAndSkipsFunctionsLabelsAndVariables() {
        assertThat(metricNames("sum by (service, topic) (rate(talent_events_failed_total{service=~\"$service\"}[$__rate_interval]))"))
                .containsExactly("talent_events_failed_total");
        assertThat(metricNames("a_sum / on (uri) group_left b_count > bool 0.5 or vector(1)"))
                .containsExactlyInAnyOrder("a_sum", "b_count");
        assertThat(exportedMetrics()).doesNotContain("talent_model_made_up_total").contains("talent_events_failed_total");
    }

    /** Every PromQL query of the dashboard, its template variables' included (label_values(metric, label)). */
    private static List<String> dashboardQueries() {
        JsonNode dashboard = dashboard();
        List<String> out = new ArrayList<>();
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> out.add(t.path("expr").asText())));
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            String query = variable.path("query").isObject() ? variable.path("query").path("query").asText() : variable.path("query").asText();
            Matcher m = Pattern.compile("label_values\\(([^,)]+)(?:,[^)]*)?\\)").matcher(query);
            out.add(m.find() ? m.group(1) : query);
        }
        return out;
    }

    /** The metric names a PromQL expression selects: identifiers outside label matchers and ranges that are not calls. */
    static Set<String> metricNames(String expr) {
        String s = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("(?<![\\w$.])([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(\\()?").matcher(s);
        while (m.find()) {
            if (m.group(2) == null && !PROMQL_WORDS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** What the services export: meters their code registers (as Prometheus names them) and the framework's. */
    static Set<String> exportedMetrics() {
        Set<String> names = new TreeSet<>(List.of("up"));
        String sharedPom = read(ROOT.resolve("shared-service/pom.xml"));
        FRAMEWORK_METRICS.forEach((extension, metrics) -> {
            if (sharedPom.contains("<artifactId>" + extension + "</artifactId>")) {
                names.addAll(metrics);
            }
        });
        boolean httpHistogram = false;
        for (String module : SERVICE_CODE) {
            Path sources = ROOT.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String code = read(f);
                    // A MeterFilter giving the HTTP server timer histogram buckets (Quarkus does not by default).
                    httpHistogram |= code.contains("http.server.requests") && code.contains("percentilesHistogram(true)");
                    Matcher b = BUILDER.matcher(code);
                    while (b.find()) {
                        names.addAll(prometheusNames(b.group(1), b.group(2), code));
                    }
                    Matcher s = SHORTHAND.matcher(code);
                    while (s.find()) {
                        String kind = switch (s.group(1)) {
                            case "counter" -> "Counter";
                            case "gauge" -> "Gauge";
                            case "timer" -> "Timer";
                            default -> "DistributionSummary";
                        };
                        names.addAll(prometheusNames(kind, s.group(2), code));
                    }
                    Matcher h = HELPER.matcher(code);
                    while (h.find()) {
                        Matcher call = Pattern.compile("\\b" + h.group(1) + "\\(\\s*\"([A-Za-z0-9_.\\-]+)\"").matcher(code);
                        while (call.find()) {
                            names.addAll(prometheusNames(h.group(3), call.group(1), code));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (httpHistogram) {
            names.add("http_server_requests_seconds_bucket");
        }
        return names;
    }

    /** Micrometer's Prometheus naming: dots and dashes to underscores, a counter's _total, a timer's seconds. */
    private static List<String> prometheusNames(String kind, String meter, String code) {
        String base = meter.replace('.', '_').replace('-', '_');
        // shared-service's LatencyHistograms.withBuckets(builder) gives a timer its buckets.
        boolean histogram = code.contains("publishPercentileHistogram") || code.contains("serviceLevelObjectives")
                || code.contains("LatencyHistograms.withBuckets(");
        return switch (kind) {
            case "Counter", "FunctionCounter" -> List.of(base.endsWith("_total") ? base : base + "_total");
            case "Gauge" -> List.of(base);
            case "TimeGauge" -> List.of(base + "_seconds");
            case "Timer", "FunctionTimer", "LongTaskTimer" -> histogram
                    ? List.of(base + "_seconds_count", base + "_seconds_sum", base + "_seconds_max", base + "_seconds_bucket")
                    : List.of(base + "_seconds_count", base + "_seconds_sum", base + "_seconds_max");
            default -> histogram
                    ? List.of(base + "_count", base + "_sum", base + "_max", base + "_bucket")
                    : List.of(base + "_count", base + "_sum", base + "_max");
        };
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
