package ai.talent.service.state.catalog;

import ai.talent.service.kafka.KafkaClients;
import ai.talent.service.state.StateConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
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
 *
 * <p>A service that needs its own index for a catalog (analysed text fields, vectors, a searcher, or a search
 * engine elsewhere) passes a store factory to {@link #open(CatalogDefinition, Function)}: the same follower then
 * writes into that store, with the same checkpoint and the same readiness.
 */
@ApplicationScoped
public class Catalogs {

    private static final Logger LOG = Logger.getLogger(Catalogs.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final StateConfig config;
    private final MeterRegistry registry;
    private final Map<String, Object> kafkaConfig;
    private final List<Running> running = new CopyOnWriteArrayList<>();

    @Inject
    public Catalogs(StateConfig config, MeterRegistry registry,
                    @Identifier("default-kafka-broker") Instance<Map<String, Object>> kafkaConfig) {
        this(config, registry, KafkaClients.settings(kafkaConfig));
    }

    /** Outside CDI (tests): the Kafka client settings given directly. */
    Catalogs(StateConfig config, MeterRegistry registry, Map<String, Object> kafkaConfig) {
        this.config = config;
        this.registry = registry;
        this.kafkaConfig = KafkaClients.settings(kafkaConfig);
    }

    /**
     * Opens the catalog in the default store (a {@link LuceneCatalogStore} of the entities' JSON) and starts
     * following its topic; readiness waits for it to catch up.
     */
    public <T> Catalog<T> open(CatalogDefinition<T> definition) {
        return open(definition, LuceneCatalogStore::open);
    }

    /**
     * Opens the catalog in the store {@code storeFactory} makes and starts following its topic; readiness waits for
     * it to catch up. The factory gets the catalog's own folder, {@code <talent.state.dir>/catalogs/<name>}
     * (created by the store if it keeps files there; a store on a remote engine may ignore it), and returns a store
     * that keeps the {@link CatalogStore} contract: the follower restores its checkpoint, writes every event into
     * it, commits it, and closes it when the service stops.
     */
    public synchronized <T> Catalog<T> open(CatalogDefinition<T> definition,
                                            Function<Path, ? extends CatalogStore> storeFactory) {
        Objects.requireNonNull(storeFactory, "storeFactory");
        if (running.stream().anyMatch(r -> r.catalog().name().equals(definition.name()))) {
            throw new IllegalStateException("catalog " + definition.name() + " is declared twice");
        }
        Path folder = config.dir().resolve("catalogs").resolve(definition.name());
        CatalogStore store = Objects.requireNonNull(storeFactory.apply(folder),
                () -> "the store factory of catalog " + definition.name() + " returned no store");
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
        stop();
    }

    /** Stops every follower (each commits its last changes), then closes the stores. */
    void stop() {
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
