package ai.talent.matching.rank;

import ai.talent.nn.registry.ModelArtifact;
import ai.talent.nn.registry.ModelConfig;
import ai.talent.nn.registry.ModelExpectation;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.registry.PublishedModel;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Puts a trained ranker into shared-nn's {@link ModelRegistry} as {@value #MODEL} (weights and spec, metrics in the
 * manifest; not promoted) and loads the promoted version back. Promotion and rollback are the registry's.
 */
public final class RankerStore {

    public static final String MODEL = "matching-ranker";
    public static final String MODEL_TYPE = "matching-ranker";
    static final String PARAMETERS = "ranker.params";
    static final String SPEC = "spec.json";
    private static final Logger LOG = Logger.getLogger(RankerStore.class);

    private final ModelRegistry registry;
    private final ObjectMapper json = new ObjectMapper();

    public RankerStore(ModelRegistry registry) {
        this.registry = registry;
    }

    /** Publishes a version and returns its name ({@code v1}, {@code v2}, ...). */
    public String publish(MlpRanker ranker, Map<String, Double> metrics, String dataFingerprint) {
        Path temp = null;
        try {
            temp = Files.createTempDirectory("matching-ranker");
            Path params = Files.write(temp.resolve(PARAMETERS), ranker.parameters());
            Path spec = temp.resolve(SPEC);
            json.writeValue(spec.toFile(), ranker.spec());
            Map<String, Object> hyper = new LinkedHashMap<>();
            hyper.put("hidden", ranker.spec().hidden());
            hyper.put("dropout", ranker.spec().dropout());
            hyper.put("loss", ranker.spec().loss());
            hyper.put("features", ranker.spec().features());
            ModelConfig config = new ModelConfig(MODEL_TYPE, new long[] {-1, MatchFeature.count()}, new long[] {1},
                    hyper);
            return registry.publish(MODEL, new ModelArtifact(Map.of(PARAMETERS, params, SPEC, spec), config, metrics,
                    dataFingerprint));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the ranker for the registry: " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The promoted ranker, or empty when none is promoted. */
    public Optional<MlpRanker> loadCurrent() {
        if (registry.currentVersion(MODEL) == null) {
            return Optional.empty();
        }
        // The input width is checked against the spec's column names below, which can say what differs.
        PublishedModel published = registry.loadCurrent(MODEL, new ModelExpectation(MODEL_TYPE, null, new long[] {1}));
        return Optional.of(load(published));
    }

    /**
     * Loads a version, refusing one trained on other feature columns than this build computes (a version of an
     * older feature set would read every column shifted).
     */
    public MlpRanker load(PublishedModel published) {
        try {
            RankerSpec spec = json.readValue(published.file(SPEC).toFile(), RankerSpec.class);
            requireServingColumns(published.version(), spec.features());
            MlpRanker ranker = MlpRanker.fromParameters(spec, Files.readAllBytes(published.file(PARAMETERS)),
                    MODEL + " " + published.version());
            LOG.infof("Ranking with %s %s", MODEL, published.version());
            return ranker;
        } catch (IOException e) {
            throw new UncheckedIOException("version " + published.version() + " of " + MODEL + " could not be read: "
                    + e.getMessage(), e);
        }
    }

    /** Throws unless {@code trained} are the columns {@link MatchFeatures} computes, in order. */
    static void requireServingColumns(String version, List<String> trained) {
        List<String> serving = MatchFeature.names();
        if (!trained.equals(serving)) {
            List<String> missing = serving.stream().filter(c -> !trained.contains(c)).toList();
            List<String> unknown = trained.stream().filter(c -> !serving.contains(c)).toList();
            throw new IllegalStateException("version " + version + " of " + MODEL + " was trained on " + trained.size()
                    + " feature columns and this build computes " + serving.size() + " (missing " + missing
                    + ", unknown " + unknown + (missing.isEmpty() && unknown.isEmpty() ? ", other order" : "")
                    + "): retrain it (./talent train matching-ranker) or promote another version");
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary folder left behind costs a few kilobytes and nothing else
        }
    }
}
