package ai.talent.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bench's own arithmetic and command line (the runs themselves are `./talent bench load`, not CI). */
class LoadBenchTests {

    @Test
    void theSlopeOfAGrowingSeriesIsItsGrowthPerMinuteAndOfAFlatOneZero() {
        assertThat(LoadBench.slope(List.of(new double[] {0, 100}, new double[] {1, 103}, new double[] {2, 106})))
                .isCloseTo(3.0, within(1e-9));
        assertThat(LoadBench.slope(List.of(new double[] {0, 80}, new double[] {1, 80}, new double[] {2, 80})))
                .isCloseTo(0.0, within(1e-9));
        assertThat(LoadBench.slope(List.of(new double[] {0, 80}))).isNaN();
    }

    @Test
    void quickShortensEverythingAndExplicitOptionsWin() {
        LoadBench.Options quick = LoadBench.Options.parse(new String[] {"--quick", "--soak-minutes", "0"});
        assertThat(quick.seconds()).isEqualTo(1);
        assertThat(quick.soakMinutes()).isZero();
        assertThat(quick.events()).isLessThan(LoadBench.Options.parse(new String[0]).events());
        assertThat(LoadBench.Options.parse(new String[0]).soakMinutes()).isEqualTo(10);
        assertThat(LoadBench.Options.parse(new String[] {"--help"})).isNull();
        assertThat(LoadBench.Options.parse(new String[] {"--set", "talent.http.max-in-flight=4"}).properties())
                .containsEntry("talent.http.max-in-flight", "4");
    }

    @Test
    void aWrongOptionIsRefusedWithItsName() {
        assertThatThrownBy(() -> LoadBench.Options.parse(new String[] {"--services", "billing"}))
                .hasMessageContaining("billing");
        assertThatThrownBy(() -> LoadBench.Options.parse(new String[] {"--seconds", "x"}))
                .hasMessageContaining("--seconds");
        assertThatThrownBy(() -> LoadBench.Options.parse(new String[] {"--turbo"})).hasMessageContaining("--turbo");
        assertThatThrownBy(() -> LoadBench.Options.parse(new String[] {"--set", "=4"})).hasMessageContaining("KEY=VALUE");
    }

    @Test
    void theLastLineIsOneJsonObjectWithNullForMissingFigures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("search.rate_at_p99_target", 12.5);
        figures.put("search.reference.rate_ratio", null);
        figures.put("soak.minutes", 10);
        assertThat(LoadBench.json(figures))
                .isEqualTo("{\"search.rate_at_p99_target\":12.5,\"search.reference.rate_ratio\":null,\"soak.minutes\":10}");
    }
}
