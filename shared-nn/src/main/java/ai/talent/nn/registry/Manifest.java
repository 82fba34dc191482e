package ai.talent.nn.registry;

import java.util.Map;

/** The list of every file of a published version with its size and SHA-256, written last at publish time. */
public record Manifest(String model, String version, String createdAt, Map<String, FileEntry> files) {
}
