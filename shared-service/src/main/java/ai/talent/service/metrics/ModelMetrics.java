package ai.talent.service.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What each service serves and how long its models take, the same way in the four services:
 * <ul>
 *   <li>{@code talent.model.info{model, version}} = 1 for the version of each model that answered last (the series
 *   of a replaced version is removed, so a promotion or rollback shows as the label changing);</li>
 *   <li>{@code talent.model.inference{model}}: time per call of the model, with histogram buckets
 *   ({@link LatencyHistograms}).</li>
 * </ul>
 * The service is the scrape target's {@code service} label (Prometheus config, PodMonitor), not a tag here: a tag of
 * the same name would be renamed {@code exported_service} by Prometheus. A service wraps each place its model runs:
 * {@code models.time("success-ensemble", version, () -> ensemble.predict(x))}.
 */
@ApplicationScoped
public class ModelMetrics {

    static final String INFO = "talent.model.info";
    static final String INFERENCE = "talent.model.inference";
    static final String UNKNOWN = "unknown";

    private final MeterRegistry registry;
    private final Map<String, Gauge> served = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public ModelMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Marks {@code version} as the version of {@code model} being served, replacing the one marked before. */
    public void serving(String model, String version) {
        String v = version == null || version.isBlank() ? UNKNOWN : version;
        served.compute(model, (m, current) -> {
            if (current != null && v.equals(current.getId().getTag("version"))) {
                return current;
            }
            if (current != null) {
                registry.remove(current);
            }
            return Gauge.builder("talent.model.info", () -> 1).tag("model", m).tag("version", v).strongReference(true)
                    .description("1 for the model version this service serves").register(registry);
        });
    }

    /** Runs one inference of {@code model} at {@code version}, timing it (failures included), marking the version. */
    public <T> T time(String model, String version, Supplier<T> inference) {
        serving(model, version);
        long start = System.nanoTime();
        try {
            return inference.get();
        } finally {
            record(model, System.nanoTime() - start);
        }
    }

    /** {@link #time(String, String, Supplier)} for a model whose answer names the version that answered it. */
    public <T> T time(String model, Supplier<T> inference, Function<? super T, String> versionOf) {
        long start = System.nanoTime();
        T answer;
        try {
            answer = inference.get();
        } finally {
            record(model, System.nanoTime() - start);
        }
        serving(model, versionOf.apply(answer));
        return answer;
    }

    /** Records an inference of {@code model} timed by the caller (where a supplier does not fit, e.g. a batch loop). */
    public void record(String model, long nanos) {
        timers.computeIfAbsent(model, m -> LatencyHistograms.withBuckets(Timer.builder("talent.model.inference").tag("model", m))
                .description("Time per call of a model (encoder forward, ranker, ensemble, tracer)")
                .register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }
}
