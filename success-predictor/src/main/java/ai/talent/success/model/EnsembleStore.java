package ai.talent.success.model;

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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts a trained ensemble into shared-nn's {@link ModelRegistry} (a new version with its metrics in the
 * manifest, not promoted) and loads a version back; promotion and rollback are the registry's own.
 */
public final class EnsembleStore {

    public static final String MODEL_TYPE = "success-ensemble";
    static final String PARAMETERS = "ensemble.params";
    static final String SPEC = "spec.json";

    private final ModelRegistry registry;
    private final ObjectMapper json = new ObjectMapper();

    public EnsembleStore(ModelRegistry registry) {
        this.registry = registry;
    }

    public ModelRegistry registry() {
        return registry;
    }

    /** Publishes a version and returns its name ({@code v1}, {@code v2}, ...). */
    public String publish(String name, SuccessEnsemble ensemble, Map<String, Double> metrics, String dataFingerprint) {
        Path temp = null;
        try {
            temp = Files.createTempDirectory("success-ensemble");
            Path params = Files.write(temp.resolve(PARAMETERS), ensemble.saveParameters());
            Path spec = temp.resolve(SPEC);
            json.writeValue(spec.toFile(), ensemble.spec());
            ModelSpec s = ensemble.spec();
            Map<String, Object> hyper = new LinkedHashMap<>();
            hyper.put("task", s.task());
            hyper.put("hidden", s.hyperparameters().hidden());
            hyper.put("dropout", s.hyperparameters().dropout());
            hyper.put("learningRate", s.hyperparameters().learningRate());
            hyper.put("weightDecay", s.hyperparameters().weightDecay());
            hyper.put("epochs", s.hyperparameters().maxEpochs());
            hyper.put("members", s.members());
            hyper.put("memberHidden", s.memberHyperparameters().stream().map(MlpHyperparameters::hidden).toList());
            hyper.put("temperature", s.temperature());
            hyper.put("offset", s.offset());
            ModelConfig config = new ModelConfig(MODEL_TYPE, new long[] {s.preprocessor().inputSize()}, new long[] {1},
                    hyper);
            return registry.publish(name, new ModelArtifact(Map.of(PARAMETERS, params, SPEC, spec), config, metrics,
                    dataFingerprint));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the ensemble for the registry: " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Loads a published version after the registry verified its checksums. */
    public SuccessEnsemble load(String name, String version) {
        return load(registry.load(name, version, new ModelExpectation(MODEL_TYPE, new long[] {-1}, new long[] {1})));
    }

    /** Loads the promoted version. */
    public SuccessEnsemble loadCurrent(String name) {
        return load(registry.loadCurrent(name, new ModelExpectation(MODEL_TYPE, new long[] {-1}, new long[] {1})));
    }

    /** The loader a {@code ServingModel} takes. */
    public SuccessEnsemble load(PublishedModel published) {
        try {
            ModelSpec spec = json.readValue(published.file(SPEC).toFile(), ModelSpec.class);
            return SuccessEnsemble.fromParameters(spec, Files.readAllBytes(published.file(PARAMETERS)));
        } catch (IOException e) {
            throw new UncheckedIOException("version " + published.version() + " of '" + published.model()
                    + "' could not be read: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary folder left behind costs a few kilobytes and nothing else
        }
    }
}
