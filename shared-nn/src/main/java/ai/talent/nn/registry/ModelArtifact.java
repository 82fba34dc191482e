package ai.talent.nn.registry;

import java.nio.file.Path;
import java.util.Map;

/**
 * A trained model ready to publish: its weight files (target file name to source path), config,
 * evaluation metrics and the fingerprint of the data it was trained on.
 */
public record ModelArtifact(Map<String, Path> files, ModelConfig config, Map<String, Double> metrics,
                            String dataFingerprint) {

    public ModelArtifact {
        files = Map.copyOf(files);
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a model artifact needs at least one weights file");
        }
        for (String name : files.keySet()) {
            if (name.contains("/") || name.contains("\\") || name.startsWith(".") || ModelRegistry.RESERVED.contains(name)) {
                throw new IllegalArgumentException("file name '" + name + "' is not allowed: plain names only, not "
                        + ModelRegistry.RESERVED);
            }
        }
    }
}
