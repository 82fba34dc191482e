package ai.talent.nn.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NnBenchTests {

    @Test
    void namesEveryFigureByItsAreaOnce() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("training_steps_per_s", Map.of("value", 1.0));
        figures.put("serving.batched.throughput", Map.of("value", 2.0));

        assertThat(NnBench.prefixed("encoder", figures)).containsOnlyKeys("encoder.training_steps_per_s",
                "encoder.serving.batched.throughput");
        assertThat(NnBench.prefixed("serving", figures)).containsOnlyKeys("serving.training_steps_per_s",
                "serving.batched.throughput");
    }

    @Test
    void quickRunsPassEachBenchmarkItsOwnShortOption() {
        assertThat(NnBench.argsFor("encoder", true)).containsExactly("--seconds", "0.5");
        assertThat(NnBench.argsFor("training", true)).containsExactly("--quick");
        assertThat(NnBench.argsFor("serving", true)).allMatch(a -> a.startsWith("--") && a.contains("="));
        for (String area : NnBench.AREAS) {
            assertThat(NnBench.argsFor(area, false)).isEmpty();
        }
    }

    @Test
    void rejectsUnknownOptionsAndAreasBeforeMeasuringAnything() {
        assertThatThrownBy(() -> NnBench.main(new String[] {"--only", "gpu"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("encoder");
        assertThatThrownBy(() -> NnBench.main(new String[] {"--fast"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--quick");
        assertThatThrownBy(() -> NnBench.main(new String[] {"--only"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a value");
    }
}
