package ai.talent.nn.registry;

import java.nio.file.Path;
import java.util.Map;

/** A verified version on disk: its folder, manifest, config, metrics and data fingerprint. */
public record PublishedModel(String model, String version, Path dir, Manifest manifest, ModelConfig config,
                             Map<String, Double> metrics, String dataFingerprint) {

    public Path file(String name) {
        if (!manifest.files().containsKey(name)) {
            throw new ModelRegistryException("version " + version + " of '" + model + "' has no file '" + name
                    + "'; it has " + manifest.files().keySet());
        }
        return dir.resolve(name);
    }
}
