package ai.talent.nn.registry;

/** One file of a published version as the manifest records it. */
public record FileEntry(long size, String sha256) {
}
