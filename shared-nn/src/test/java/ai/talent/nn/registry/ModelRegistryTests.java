package ai.talent.nn.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRegistryTests {

    private static final ModelExpectation RANKER = new ModelExpectation("ranker-mlp", new long[] {12}, new long[] {1});

    @TempDir
    Path tmp;
    private ModelRegistry registry;

    @BeforeEach
    void setUp() {
        registry = new ModelRegistry(tmp.resolve("registry"));
    }

    @Test
    void publishWritesEveryFileWithItsChecksumIntoTheManifest() throws Exception {
        String v = registry.publish("ranker", artifact("weights A", 12, 0.81));
        assertThat(v).isEqualTo("v1");
        Path dir = tmp.resolve("registry/ranker/v1");
        assertThat(dir.resolve("weights.params")).hasContent("weights A");
        PublishedModel p = registry.verify("ranker", "v1");
        assertThat(p.manifest().files()).containsOnlyKeys("weights.params", "config.json", "metrics.json",
                "data-fingerprint.txt");
        assertThat(p.manifest().files().get("weights.params").sha256())
                .isEqualTo(Fingerprints.sha256("weights A".getBytes(StandardCharsets.UTF_8)));
        assertThat(p.config().inputShape()).containsExactly(12);
        assertThat(p.metrics()).containsEntry("ndcg@10", 0.81);
        assertThat(p.dataFingerprint()).isEqualTo("sha256:data-1");
        try (Stream<Path> entries = Files.list(tmp.resolve("registry/ranker"))) {
            assertThat(entries.map(e -> e.getFileName().toString())).containsExactly("v1");
        }
    }

    @Test
    void promoteAndRollbackMoveTheCurrentPointerThroughHistory() throws Exception {
        for (int i = 1; i <= 3; i++) {
            registry.publish("ranker", artifact("weights " + i, 12, 0.7 + i / 100.0));
        }
        assertThat(registry.currentVersion("ranker")).isNull();
        registry.promote("ranker", "v1");
        registry.promote("ranker", "v2");
        registry.promote("ranker", "v3");
        assertThat(registry.currentVersion("ranker")).isEqualTo("v3");
        assertThat(registry.promotionHistory("ranker")).containsExactly("v1", "v2", "v3");
        assertThat(registry.versions("ranker")).extracting(VersionInfo::version).containsExactly("v1", "v2", "v3");
        assertThat(registry.versions("ranker")).filteredOn(VersionInfo::current).extracting(VersionInfo::version)
                .containsExactly("v3");

        assertThat(registry.rollback("ranker")).isEqualTo("v2");
        assertThat(registry.loadCurrent("ranker", RANKER).file("weights.params")).hasContent("weights 2");
        assertThat(registry.rollback("ranker")).isEqualTo("v1");
        assertThatThrownBy(() -> registry.rollback("ranker")).isInstanceOf(ModelRegistryException.class)
                .hasMessageContaining("no earlier promoted version");
        assertThat(registry.currentVersion("ranker")).isEqualTo("v1");
        try (Stream<Path> entries = Files.list(tmp.resolve("registry/ranker"))) {
            assertThat(entries.map(e -> e.getFileName().toString())).noneMatch(n -> n.startsWith(".tmp"));
        }
    }

    @Test
    void refusesATruncatedWeightsFileNamingIt() throws Exception {
        registry.publish("ranker", artifact("weights that will be cut", 12, 0.8));
        Path weights = tmp.resolve("registry/ranker/v1/weights.params");
        try (RandomAccessFile f = new RandomAccessFile(weights.toFile(), "rw")) {
            f.setLength(5);
        }
        assertThatThrownBy(() -> registry.load("ranker", "v1", RANKER))
                .isInstanceOfSatisfying(CorruptModelException.class, e -> assertThat(e.file()).isEqualTo(weights))
                .hasMessageContaining("weights.params").hasMessageContaining("truncated: 5 bytes");
    }

    @Test
    void refusesAFileWhoseChecksumChanged() throws Exception {
        registry.publish("ranker", artifact("weights AAAA", 12, 0.8));
        Path weights = tmp.resolve("registry/ranker/v1/weights.params");
        Files.writeString(weights, "weights AAAB");
        assertThatThrownBy(() -> registry.verify("ranker", "v1")).isInstanceOf(CorruptModelException.class)
                .hasMessageContaining("weights.params").hasMessageContaining("checksum mismatch");
    }

    @Test
    void refusesAMissingFileOrManifest() throws Exception {
        registry.publish("ranker", artifact("w", 12, 0.8));
        registry.publish("ranker", artifact("w", 12, 0.8));
        Files.delete(tmp.resolve("registry/ranker/v1/metrics.json"));
        assertThatThrownBy(() -> registry.verify("ranker", "v1")).isInstanceOf(CorruptModelException.class)
                .hasMessageContaining("metrics.json").hasMessageContaining("missing");
        Files.delete(tmp.resolve("registry/ranker/v2/manifest.json"));
        assertThatThrownBy(() -> registry.verify("ranker", "v2")).isInstanceOf(CorruptModelException.class)
                .hasMessageContaining("manifest.json");
        assertThatThrownBy(() -> registry.verify("ranker", "v9")).isInstanceOf(ModelRegistryException.class)
                .hasMessageContaining("no version v9");
    }

    @Test
    void refusesAModelWithTheWrongShapeOrType() throws Exception {
        registry.publish("ranker", artifact("w", 16, 0.8));
        assertThatThrownBy(() -> registry.load("ranker", "v1", RANKER)).isInstanceOf(IncompatibleModelException.class)
                .hasMessageContaining("config.json").hasMessageContaining("inputShape is [16] but [12] is expected");
        assertThatThrownBy(() -> registry.load("ranker", "v1",
                new ModelExpectation("success-mlp", null, null))).isInstanceOf(IncompatibleModelException.class)
                .hasMessageContaining("modelType is 'ranker-mlp'");
        assertThat(registry.load("ranker", "v1", new ModelExpectation("ranker-mlp", new long[] {-1}, new long[] {1})))
                .isNotNull();
    }

    @Test
    void promoteRefusesACorruptVersionAndKeepsTheCurrentOne() throws Exception {
        registry.publish("ranker", artifact("good", 12, 0.8));
        registry.publish("ranker", artifact("bad one", 12, 0.9));
        registry.promote("ranker", "v1");
        Files.writeString(tmp.resolve("registry/ranker/v2/weights.params"), "bad two");
        assertThatThrownBy(() -> registry.promote("ranker", "v2")).isInstanceOf(CorruptModelException.class);
        assertThat(registry.currentVersion("ranker")).isEqualTo("v1");
        assertThat(registry.promotionHistory("ranker")).containsExactly("v1");
    }

    @Test
    void concurrentPublishersGetDistinctVersions() throws Exception {
        ModelRegistry second = new ModelRegistry(tmp.resolve("registry"));
        ModelArtifact a = artifact("a", 12, 0.8);
        ModelArtifact b = artifact("b", 12, 0.8);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> versions = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ModelRegistry r = i % 2 == 0 ? registry : second;
                ModelArtifact art = i % 2 == 0 ? a : b;
                versions.add(pool.submit(() -> r.publish("ranker", art)));
            }
            java.util.Set<String> names = new java.util.HashSet<>();
            for (java.util.concurrent.Future<String> v : versions) {
                names.add(v.get());
            }
            assertThat(names).containsExactlyInAnyOrder("v1", "v2", "v3", "v4", "v5", "v6");
            for (String v : names) {
                assertThat(registry.verify("ranker", v).version()).isEqualTo(v);
                assertThat(registry.verify("ranker", v).manifest().version()).isEqualTo(v);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failedPublishLeavesNoVersionBehind() {
        ModelArtifact broken = new ModelArtifact(Map.of("weights.params", tmp.resolve("does-not-exist")),
                new ModelConfig("ranker-mlp", new long[] {12}, new long[] {1}, Map.of()), Map.of(), "fp");
        assertThatThrownBy(() -> registry.publish("ranker", broken)).isInstanceOf(ModelRegistryException.class)
                .hasMessageContaining("does-not-exist");
        assertThat(registry.versions("ranker")).isEmpty();
        assertThat(tmp.resolve("registry/ranker")).isEmptyDirectory();
    }

    @Test
    void servingModelSwapsOnlyOnASuccessfulLoad() throws Exception {
        ServingModel<String> serving = new ServingModel<>(registry, "ranker", RANKER,
                published -> Files.readString(published.file("weights.params")));
        registry.publish("ranker", artifact("model one", 12, 0.8));
        registry.promote("ranker", "v1");
        assertThat(serving.reload()).isEmpty();
        assertThat(serving.current().orElseThrow().model()).isEqualTo("model one");

        // corrupted after promotion: refused, v1 stays
        registry.publish("ranker", artifact("model two", 12, 0.85));
        registry.promote("ranker", "v2");
        Files.writeString(tmp.resolve("registry/ranker/v2/weights.params"), "model tw0");
        assertThatThrownBy(serving::reload).isInstanceOf(CorruptModelException.class);
        assertThat(serving.current().orElseThrow().version()).isEqualTo("v1");

        // incompatible: refused, v1 stays
        registry.publish("ranker", artifact("model three", 16, 0.9));
        assertThatThrownBy(() -> serving.switchTo("v3")).isInstanceOf(IncompatibleModelException.class);
        assertThat(serving.current().orElseThrow().model()).isEqualTo("model one");

        // the loader itself fails: refused, v1 stays
        ServingModel<String> failing = new ServingModel<>(registry, "ranker", RANKER, published -> {
            throw new IllegalStateException("native library refused the weights");
        });
        assertThatThrownBy(() -> failing.switchTo("v1")).hasMessageContaining("native library refused");
        assertThat(failing.current()).isEmpty();

        registry.publish("ranker", artifact("model four", 12, 0.9));
        assertThat(serving.switchTo("v4").orElseThrow().version()).isEqualTo("v1");
        assertThat(serving.current().orElseThrow().model()).isEqualTo("model four");
    }

    @Test
    void anExportedVersionImportsIntoAnotherRegistryByteForByteAndOnlyOnce() throws Exception {
        registry.publish("ranker", artifact("weights 1", 12, 0.71));
        registry.publish("ranker", artifact("weights 2", 12, 0.72));
        ModelRegistry replica = new ModelRegistry(tmp.resolve("replica"));
        for (String v : List.of("v1", "v2")) {
            assertThat(replica.importVersion("ranker", v, registry.export("ranker", v))).isTrue();
        }
        assertThat(replica.importVersion("ranker", "v2", registry.export("ranker", "v2"))).as("already held")
                .isFalse();
        assertThat(replica.verify("ranker", "v2").file("weights.params")).hasContent("weights 2");
        assertThat(replica.verify("ranker", "v2").manifest()).isEqualTo(registry.verify("ranker", "v2").manifest());
        replica.adopt("ranker", "v2", List.of("v1", "v2"));
        assertThat(replica.currentVersion("ranker")).isEqualTo("v2");
        assertThat(replica.rollback("ranker")).isEqualTo("v1");
        // the replica's next own version continues the numbering it imported
        assertThat(replica.publish("ranker", artifact("weights 3", 12, 0.73))).isEqualTo("v3");
    }

    @Test
    void importRefusesTamperedBytesAndADifferentVersionUnderATakenName() throws Exception {
        registry.publish("ranker", artifact("weights 1", 12, 0.71));
        ModelRegistry replica = new ModelRegistry(tmp.resolve("replica"));
        Map<String, byte[]> tampered = new java.util.HashMap<>(registry.export("ranker", "v1"));
        tampered.put("weights.params", "weights X".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> replica.importVersion("ranker", "v1", tampered))
                .isInstanceOf(CorruptModelException.class).hasMessageContaining("checksum mismatch");
        assertThat(replica.versions("ranker")).isEmpty();

        replica.publish("ranker", artifact("other weights", 12, 0.5));
        assertThatThrownBy(() -> replica.importVersion("ranker", "v1", registry.export("ranker", "v1")))
                .isInstanceOf(ModelRegistryException.class).hasMessageContaining("different v1");
        assertThat(replica.verify("ranker", "v1").file("weights.params")).hasContent("other weights");
        assertThatThrownBy(() -> replica.adopt("ranker", "v7", List.of("v7")))
                .isInstanceOf(ModelRegistryException.class);
        assertThat(replica.currentVersion("ranker")).isNull();
    }

    private ModelArtifact artifact(String weights, long inputs, double ndcg) throws Exception {
        Path src = Files.createTempFile(tmp, "w", ".params");
        Files.writeString(src, weights);
        return new ModelArtifact(Map.of("weights.params", src),
                new ModelConfig("ranker-mlp", new long[] {inputs}, new long[] {1}, Map.of("hidden", List.of(64, 32))),
                Map.of("ndcg@10", ndcg), "sha256:data-1");
    }
}
