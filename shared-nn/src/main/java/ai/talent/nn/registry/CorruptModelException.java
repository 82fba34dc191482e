package ai.talent.nn.registry;

import java.nio.file.Path;

/** A published model's files do not match its manifest (missing, truncated, or a wrong checksum). */
public class CorruptModelException extends ModelRegistryException {

    private final Path file;

    public CorruptModelException(Path file, String problem) {
        super("model file " + file + " is corrupt: " + problem + "; republish this version or roll back");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
