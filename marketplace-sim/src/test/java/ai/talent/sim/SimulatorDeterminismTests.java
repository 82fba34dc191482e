package ai.talent.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorDeterminismTests {

    private static final List<String> FILES = SimFiles.ALL;

    @Test
    void sameSeedWritesByteIdenticalFiles(@TempDir Path again) throws IOException {
        new MarketplaceSimulator(SmallMarket.CONFIG).writeTo(again, Progress.silent());
        for (String file : FILES) {
            byte[] first = Files.readAllBytes(SmallMarket.dir().resolve(file));
            assertThat(first).as(file).isNotEmpty();
            assertThat(Files.readAllBytes(again.resolve(file))).as(file).isEqualTo(first);
        }
    }

    @Test
    void differentSeedWritesDifferentFiles(@TempDir Path other) throws IOException {
        new MarketplaceSimulator(SmallMarket.CONFIG.withSeed(8)).writeTo(other, Progress.silent());
        for (String file : FILES) {
            assertThat(Files.readAllBytes(other.resolve(file))).as(file)
                    .isNotEqualTo(Files.readAllBytes(SmallMarket.dir().resolve(file)));
        }
    }

    @Test
    void anyEntityRegeneratesOnDemandWithoutTheOthers() {
        Marketplace market = new Marketplace(SmallMarket.CONFIG);
        Marketplace fresh = new Marketplace(SmallMarket.CONFIG);
        for (long i = 0; i < 50; i++) {
            market.freelancer(i);
        }
        assertThat(fresh.freelancer(37)).isEqualTo(market.freelancer(37));
        assertThat(fresh.hiring(fresh.project(12))).isEqualTo(market.hiring(market.project(12)));
        assertThat(fresh.learner(3)).isEqualTo(market.learner(3));
    }
}
