package ai.talent.search.eval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Profile vectors kept on disk between evaluation runs (encoding whole profiles is the slow part). */
final class VectorCache {

    private VectorCache() {
    }

    /** The cached vectors, or null when there is no cache file (or no cache). */
    static float[][] read(Path file, int n, int dimension) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            float[][] out = new float[n][dimension];
            for (float[] v : out) {
                for (int d = 0; d < dimension; d++) {
                    v[d] = in.readFloat();
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vector cache " + file + ": " + e.getMessage(), e);
        }
    }

    static void write(Path file, float[][] vectors) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                    1 << 20))) {
                for (float[] v : vectors) {
                    for (float x : v) {
                        out.writeFloat(x);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the vector cache " + file + ": " + e.getMessage(), e);
        }
    }
}
