package ai.talent.service.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;

/**
 * Histogram buckets for the latency timers every service has, so that Prometheus computes p50/p99 across replicas
 * ({@code histogram_quantile} over {@code _bucket}); Quarkus publishes only count, sum and max by default, and a
 * max or a client-side percentile cannot be aggregated. One filter for the four services: the HTTP server timer
 * per endpoint ({@code http.server.requests}), the event intake's handler time per topic
 * ({@code talent.events.processing}) and model inference per model ({@code talent.model.inference}).
 *
 * <p>Buckets: Micrometer's percentile histogram between {@link #MIN} and {@link #MAX}, plus the bounds the latency
 * targets are stated in ({@link #SLO_BOUNDS}), so that "share of requests under 100 ms" is an exact bucket, not an
 * interpolation.
 */
@Singleton
public class LatencyHistograms {

    /** The timers given buckets. */
    public static final Set<String> TIMERS = Set.of("http.server.requests", "talent.events.processing",
            "talent.model.inference");

    /** Below the fastest answer worth distinguishing (a cache hit, a BKT update). */
    static final Duration MIN = Duration.ofMillis(1);
    /** Above the slowest (a cold portfolio with its encoder, a batch prediction); longer lands in +Inf. */
    static final Duration MAX = Duration.ofSeconds(10);
    /** The bounds the services' p99 targets and SLOs are stated in. */
    static final Duration[] SLO_BOUNDS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5)};

    /**
     * The same buckets on a timer the suite registers itself ({@code talent.events.processing},
     * {@code talent.model.inference}): set on the builder, so they hold whichever registry the timer lands in.
     */
    public static Timer.Builder withBuckets(Timer.Builder timer) {
        return timer.publishPercentileHistogram().minimumExpectedValue(MIN).maximumExpectedValue(MAX)
                .serviceLevelObjectives(SLO_BOUNDS);
    }

    @Produces
    @Singleton
    MeterFilter latencyHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getType() != Meter.Type.TIMER || !TIMERS.contains(id.getName())) {
                    return config;
                }
                // A timer's distribution config is in nanoseconds.
                return DistributionStatisticConfig.builder()
                        .percentilesHistogram(true)
                        .minimumExpectedValue((double) MIN.toNanos())
                        .maximumExpectedValue((double) MAX.toNanos())
                        .serviceLevelObjectives(Arrays.stream(SLO_BOUNDS).mapToDouble(d -> d.toNanos()).toArray())
                        .build()
                        .merge(config);
            }
        };
    }
}
