package ai.talent.nn.registry;

import java.util.Map;

/** One published version in a listing: when it was published, its metrics, and whether it is current. */
public record VersionInfo(String version, String createdAt, Map<String, Double> metrics, boolean current) {
}
