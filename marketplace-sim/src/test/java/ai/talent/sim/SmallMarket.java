package ai.talent.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small simulated marketplace written once per test JVM and shared by the tests that only read it. */
final class SmallMarket {

    static final SimConfig CONFIG = SimConfig.of(400, 150, 40, 7).withQueries(20).withAttemptsPerLearner(30);

    private static Path dir;
    private static SimStats stats;

    static synchronized Path dir() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("small-market");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stats = new MarketplaceSimulator(CONFIG).writeTo(dir, Progress.silent());
        }
        return dir;
    }

    static synchronized SimStats stats() {
        dir();
        return stats;
    }

    private SmallMarket() {
    }
}
