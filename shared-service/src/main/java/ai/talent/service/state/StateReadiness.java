package ai.talent.service.state;

import ai.talent.service.state.catalog.CatalogStatus;
import ai.talent.service.state.catalog.Catalogs;
import ai.talent.service.state.keyed.KeyedStateCatchUp;
import ai.talent.service.state.keyed.KeyedStateStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the service's state: every catalog has caught up with its topic (restored its checkpoint and read
 * to the end offsets it found at start), and the keyed state (if the service has a topology) has restored its
 * stores, runs, and has processed its input up to the end offsets found when it started running; and the state
 * folder takes writes ({@link StateFolderHealth}: not full, not read-only). Until then {@code /q/health/ready} is
 * DOWN, so no request reaches a replica that would answer from half its state, and its data says why.
 */
@Readiness
@ApplicationScoped
public class StateReadiness implements HealthCheck {

    private final Catalogs catalogs;
    private final KeyedStateStatus keyed;
    private final KeyedStateCatchUp catchUp;
    private final Instance<KafkaStreams> streams;
    private final boolean hasTopology;
    private final StateFolderHealth stateFolder;

    public StateReadiness(Catalogs catalogs, KeyedStateStatus keyed, KeyedStateCatchUp catchUp,
                          Instance<KafkaStreams> streams, Instance<Topology> topology, StateFolderHealth stateFolder) {
        this.catalogs = catalogs;
        this.stateFolder = stateFolder;
        this.keyed = keyed;
        this.catchUp = catchUp;
        this.streams = streams;
        this.hasTopology = topology.isResolvable();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("talent state").up();
        StateFolderHealth.Failure folder = stateFolder.failure();
        response.withData("state folder", folder == null ? stateFolder.folder() + ": writable" : folder.describe());
        if (folder != null) {
            response.down();
        }
        for (CatalogStatus catalog : catalogs.statuses()) {
            String value = catalog.phase().name().toLowerCase() + ", " + catalog.documents() + " documents"
                    + (catalog.ready() ? "" : ", lag " + catalog.lag())
                    + (catalog.detail() == null ? "" : ": " + catalog.detail());
            response.withData("catalog " + catalog.name(), value);
            if (!catalog.ready()) {
                response.down();
            }
        }
        if (hasTopology) {
            boolean caughtUp = keyed.ready() && catchUp.poll(streams.get());
            response.withData("keyed state", keyed.state().name().toLowerCase() + ", "
                    + keyed.restoredRecords() + " records restored, " + (caughtUp ? "caught up" : "catching up"));
            if (!caughtUp) {
                response.down();
            }
        }
        return response.build();
    }
}
