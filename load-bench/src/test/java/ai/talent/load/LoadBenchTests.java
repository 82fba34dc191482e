package ai.talent.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.talent.load.suite.Metrics;
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
    void theSoakSharesHalfOfEachServicesRateAloneAmongTheServicesSoakedTogether() {
        assertThat(LoadBench.soakRate(181, 4)).isCloseTo(22.625, within(1e-9));
        assertThat(LoadBench.soakRate(181, 1)).isCloseTo(90.5, within(1e-9));
        assertThat(LoadBench.soakRate(3, 4)).isEqualTo(1);
        assertThat(LoadBench.soakRate(1_000, 1)).isEqualTo(100);
    }

    @Test
    void theSoaksEventRateIsAQuarterOfTheMachinesCapacityAtItsMix() {
        // consumption rates measured alone (events/s): 0.1/36 + 0.1/39 + 0.3/180 + 0.5/96 s per event → 81.8/s
        Map<String, Double> rates = Map.of("projects", 36.0, "contracts", 39.0, "freelancers", 180.0,
                "learning-events", 96.0);
        assertThat(LoadBench.soakEventRate(rates, false)).isEqualTo(20);
        assertThat(LoadBench.soakEventRate(Map.of("projects", 36.0), false)).isEqualTo(20);
        assertThat(LoadBench.soakEventRate(Map.of(), true)).isEqualTo(10);
        assertThat(LoadBench.TRICKLE_MIX.values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theLagsLargestRiseAfterTheStopIsFoundAndAFallingLagHasNone() {
        assertThat(LoadBench.largestRise(List.of(900L, 700L, 750L, 400L, 460L, 0L))).isEqualTo(60);
        assertThat(LoadBench.largestRise(List.of(900L, 700L, 700L, 0L))).isZero();
        assertThat(LoadBench.largestRise(List.of())).isZero();
    }

    @Test
    void aClassHistogramIsReadAndItsLargestGrowthNamed() {
        String before = """
                 num     #instances         #bytes  class name (module)
                -------------------------------------------------------
                   1:         45620        4392712  [B (java.base@25)
                   2:          1000          24000  java.lang.String (java.base@25)
                   3:            10            480  ai.talent.tutoring.learning.LearnerState
                Total         46630        4417192
                """;
        String after = """
                   1:         95620       14392712  [B (java.base@25)
                   2:           900          21600  java.lang.String (java.base@25)
                   3:          2010          96480  ai.talent.tutoring.learning.LearnerState
                Total         98530       14510792
                """;
        Map<String, long[]> b = Metrics.parseClassHistogram(before);
        assertThat(b).hasSize(3).containsKey("[B");
        assertThat(b.get("[B")).containsExactly(45620, 4392712);
        assertThat(Metrics.largestGrowth(b, Metrics.parseClassHistogram(after), 5))
                .containsExactly("[B +10.0 MB (+50000)", "ai.talent.tutoring.learning.LearnerState +0.1 MB (+2000)");
        assertThat(Metrics.parseClassHistogram(null)).isEmpty();
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
    void jvmOptionsAndASoakOnlyRunAreTakenFromTheCommandLine() {
        LoadBench.Options o = LoadBench.Options.parse(new String[] {"--jvm", "-XX:NativeMemoryTracking=summary",
            "--soak-only", "--soak-rate", "matching=20,tutoring=2", "--jvm", "-Xss512k"});
        assertThat(o.jvmOptions()).containsExactly("-XX:NativeMemoryTracking=summary", "-Xss512k");
        assertThat(o.soakOnly()).isTrue();
        assertThat(o.soakRates()).containsEntry("matching", 20).containsEntry("tutoring", 2).hasSize(2);
        assertThat(LoadBench.Options.parse(new String[] {"--soak-rate", "5"}).soakRates()).containsEntry("*", 5);
        LoadBench.Options plain = LoadBench.Options.parse(new String[0]);
        assertThat(plain.jvmOptions()).isEmpty();
        assertThat(plain.soakOnly()).isFalse();
        assertThat(plain.soakRates()).isEmpty();
        assertThatThrownBy(() -> LoadBench.Options.parse(new String[] {"--jvm", "NativeMemoryTracking"}))
                .hasMessageContaining("--jvm");
        assertThatThrownBy(() -> LoadBench.Options.parse(new String[] {"--soak-rate", "billing=3"}))
                .hasMessageContaining("billing");
    }

    @Test
    void theSoakWarmsUpByDefaultAndSplitsItsSlopeIntoHalves() {
        assertThat(LoadBench.Options.parse(new String[0]).soakWarmupMinutes()).isEqualTo(3);
        assertThat(LoadBench.Options.parse(new String[] {"--quick"}).soakWarmupMinutes()).isEqualTo(1);
        assertThat(LoadBench.Options.parse(new String[] {"--soak-warmup", "0"}).soakWarmupMinutes()).isZero();
        // rising 10 MB/min, then flat: a plateau
        List<double[]> plateau = List.of(new double[] {0, 100}, new double[] {1, 110}, new double[] {2, 120},
                new double[] {3, 120}, new double[] {4, 120});
        double[] halves = LoadBench.halves(plateau);
        assertThat(halves[0]).isCloseTo(10, within(1e-9));
        assertThat(halves[1]).isCloseTo(0, within(1e-9));
    }

    @Test
    void nmtsCommittedTotalIsReadFromItsSummaryAndAbsentWithoutTracking() {
        String summary = """
                Native Memory Tracking:

                (Omitting categories weighting less than 1KB)

                Total: reserved=2143512KB, committed=512000KB
                       malloc: 40000KB #120000
                -                 Java Heap (reserved=524288KB, committed=262144KB)
                """;
        assertThat(Metrics.nmtCommittedMegabytes(summary)).isCloseTo(500.0, within(1e-9));
        assertThat(Metrics.nmtCommittedMegabytes(null)).isNaN();
        assertThat(Metrics.nmtCommittedMegabytes("Native memory tracking is not enabled")).isNaN();
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
