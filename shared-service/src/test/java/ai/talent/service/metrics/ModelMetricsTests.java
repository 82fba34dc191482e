package ai.talent.service.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelMetricsTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ModelMetrics models;

    ModelMetricsTests() {
        registry.config().meterFilter(new LatencyHistograms().latencyHistograms());
        models = new ModelMetrics(registry);
    }

    @Test
    void aPromotedVersionReplacesTheSeriesOfTheOneBefore() {
        models.time("ranker", "v1", () -> 1);
        models.time("ranker", "v2", () -> 2);
        models.serving("encoder", "minilm");

        List<String> served = registry.find(ModelMetrics.INFO).gauges().stream()
                .map(g -> g.getId().getTag("model") + "=" + g.getId().getTag("version") + ":" + g.value()).toList();
        assertThat(served).containsExactlyInAnyOrder("ranker=v2:1.0", "encoder=minilm:1.0");
    }

    @Test
    void everyCallIsTimedFailuresIncludedAndTheAnswerCanNameItsVersion() {
        models.time("kt", () -> "dkt:tutoring-kt/3", answer -> answer);
        assertThatThrownBy(() -> models.time("kt", "dkt:tutoring-kt/3", () -> {
            throw new IllegalStateException("model failed");
        })).isInstanceOf(IllegalStateException.class);

        Timer timer = registry.get(ModelMetrics.INFERENCE).tag("model", "kt").timer();
        assertThat(timer.count()).isEqualTo(2);
        assertThat(registry.get(ModelMetrics.INFO).tag("model", "kt").gauge().getId().getTag("version"))
                .isEqualTo("dkt:tutoring-kt/3");
    }

    @Test
    void inferenceTimerHasTheSloBucketsOfTheLatencyHistograms() {
        models.record("ranker", 3_000_000);
        HistogramSnapshot snapshot = registry.get(ModelMetrics.INFERENCE).timer().takeSnapshot();
        double[] boundsMs = Arrays.stream(snapshot.histogramCounts()).mapToDouble(b -> b.bucket() / 1e6).toArray();
        assertThat(boundsMs).contains(5, 10, 25, 50, 100, 250, 500, 1000);
        // 3 ms falls under the 5 ms bound, not under 1 ms.
        assertThat(Arrays.stream(snapshot.histogramCounts()).filter(b -> b.bucket() == 5e6).findFirst()
                .orElseThrow().count()).isEqualTo(1);
        assertThat(Arrays.stream(snapshot.histogramCounts()).filter(b -> b.bucket() <= 1e6)
                .mapToDouble(b -> b.count()).sum()).isZero();
    }

    @Test
    void otherTimersKeepTheirOwnConfiguration() {
        Timer other = Timer.builder("some.other.timer").register(registry);
        other.record(java.time.Duration.ofMillis(3));
        assertThat(other.takeSnapshot().histogramCounts()).isEmpty();
        assertThat(registry.getMeters()).extracting(Meter::getId).extracting(Meter.Id::getName)
                .contains("some.other.timer");
    }
}
