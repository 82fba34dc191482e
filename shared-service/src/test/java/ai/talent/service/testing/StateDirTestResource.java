package ai.talent.service.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gives a {@code @QuarkusTest} its own empty state folder ({@code talent.state.dir}: catalogs, Kafka Streams
 * stores, processed ids) in the temporary folder, and deletes it when the tests are done.
 */
public class StateDirTestResource implements QuarkusTestResourceLifecycleManager {

    private Path dir;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("talent-state-test-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary state folder", e);
        }
        return Map.of("talent.state.dir", dir.toString());
    }

    @Override
    public void stop() {
        deleteRecursively(dir);
    }

    /** Deletes a folder and everything in it; a missing folder is fine. */
    public static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
