package ai.talent.service.state.catalog;

import ai.talent.service.state.StateConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.logging.Logger;

/**
 * Opens a service's catalogs and runs them: each declared catalog gets its store under
 * {@code <talent.state.dir>/catalogs/<name>} and a follower thread, and is stopped (committed, then closed) when
 * the service shuts down. A service declares a catalog with a producer method:
 *
 * <pre>{@code
 * @Produces @Singleton @Startup
 * Catalog<Freelancer> freelancers(Catalogs catalogs) {
 *     return catalogs.open(StandardCatalogs.freelancers());
 * }
 * }</pre>
 */
@ApplicationScoped
public class Catalogs {

    private static final Logger LOG = Logger.getLogger(Catalogs.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final StateConfig config;
    private final MeterRegistry registry;
    private final Map<String, Object> kafkaConfig;
    private final List<Running> running = new CopyOnWriteArrayList<>();

    public Catalogs(StateConfig config, MeterRegistry registry,
                    @Identifier("default-kafka-broker") Instance<Map<String, Object>> kafkaConfig) {
        this.config = config;
        this.registry = registry;
        this.kafkaConfig = kafkaConfig.isResolvable() ? new HashMap<>(kafkaConfig.get()) : new HashMap<>();
        this.kafkaConfig.putIfAbsent("bootstrap.servers", "localhost:9092");
    }

    /** Opens the catalog's store and starts following its topic; readiness waits for it to catch up. */
    public synchronized <T> Catalog<T> open(CatalogDefinition<T> definition) {
        if (running.stream().anyMatch(r -> r.catalog().name().equals(definition.name()))) {
            throw new IllegalStateException("catalog " + definition.name() + " is declared twice");
        }
        Path folder = config.dir().resolve("catalogs").resolve(definition.name());
        CatalogStore store = LuceneCatalogStore.open(folder);
        StateConfig.Catalog settings = config.catalog();
        CatalogFollower<T> follower = new CatalogFollower<>(definition, store, kafkaConfig, settings.commitInterval(),
                settings.brokerTimeout(), settings.dedupeWindow(), registry);
        Catalog<T> catalog = new Catalog<>(definition, store, follower);
        Thread thread = Thread.ofPlatform().name("catalog-" + definition.name()).daemon(false).unstarted(follower);
        running.add(new Running(catalog, follower, store, thread));
        Gauge.builder("talent.catalog.documents", catalog, Catalog::count).tag("catalog", definition.name())
                .description("documents in a catalog").register(registry);
        Gauge.builder("talent.catalog.lag", follower, f -> f.status().lag()).tag("catalog", definition.name())
                .description("records of its topic a catalog has not applied yet").register(registry);
        thread.start();
        LOG.infof("Catalog %s follows topic %s in %s", definition.name(), definition.topic(), folder);
        return catalog;
    }

    /** Where every catalog stands, for readiness. */
    public List<CatalogStatus> statuses() {
        List<CatalogStatus> statuses = new ArrayList<>();
        running.forEach(r -> statuses.add(r.catalog().status()));
        return statuses;
    }

    void stop(@Observes ShutdownEvent event) {
        running.forEach(r -> r.follower().stop());
        for (Running r : running) {
            try {
                r.thread().join(STOP_TIMEOUT.toMillis());
                if (r.thread().isAlive()) {
                    LOG.warnf("Catalog %s did not stop within %s; its last commit stands", r.catalog().name(), STOP_TIMEOUT);
                    continue;
                }
                r.store().close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf(e, "Catalog %s did not close cleanly", r.catalog().name());
            }
        }
        running.clear();
    }

    private record Running(Catalog<?> catalog, CatalogFollower<?> follower, CatalogStore store, Thread thread) {
    }
}
