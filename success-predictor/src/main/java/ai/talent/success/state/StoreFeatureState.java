package ai.talent.success.state;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.service.state.catalog.Catalog;
import ai.talent.service.state.catalog.CatalogStatus;
import ai.talent.service.state.keyed.KeyedStateReads;
import ai.talent.success.feature.ClientHistory;
import ai.talent.success.feature.FeatureState;
import ai.talent.success.feature.TrackRecord;
import ai.talent.success.feature.Workload;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The service's {@link FeatureState}: profiles and projects from the catalogs, track records, workloads and
 * client histories from the keyed-state topology's global stores — all held whole by every replica, so any
 * replica computes the same features for any contract. A key the stores have not seen reads as a newcomer.
 */
@ApplicationScoped
public class StoreFeatureState implements FeatureState {

    private final Catalog<Freelancer> freelancers;
    private final Catalog<Project> projects;
    private final KeyedStateReads keyed;

    public StoreFeatureState(Catalog<Freelancer> freelancers, Catalog<Project> projects, KeyedStateReads keyed) {
        this.freelancers = freelancers;
        this.projects = projects;
        this.keyed = keyed;
    }

    @Override
    public Optional<Freelancer> freelancer(String id) {
        return freelancers.get(id);
    }

    @Override
    public Optional<Project> project(String id) {
        return projects.get(id);
    }

    @Override
    public TrackRecord trackRecord(String freelancerId) {
        return freelancerFeatures(freelancerId).track();
    }

    @Override
    public ClientHistory clientHistory(String clientId) {
        ClientHistory h = keyed.<ClientHistory>global(SuccessTopology.CLIENTS_GLOBAL).get(clientId);
        return h == null ? ClientHistory.empty(clientId) : h;
    }

    @Override
    public Workload workload(String freelancerId) {
        return freelancerFeatures(freelancerId).workload();
    }

    /**
     * Waits until both catalogs hold every record their topics held when called (their read barriers, see
     * {@link Catalog#current()}): a project or freelancer still unknown after that was not on its topic then.
     *
     * @return false when they did not get there within {@code timeout} (catching up after a start, or no broker)
     */
    public boolean catalogsCurrent(Duration timeout) {
        CompletableFuture<Void> projectsRead = projects.current();
        CompletableFuture<Void> freelancersRead = freelancers.current();
        try {
            CompletableFuture.allOf(projectsRead, freelancersRead).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            projectsRead.cancel(false);
            freelancersRead.cancel(false);
        }
    }

    /** Where the catalogs stand, for a message. */
    public String catalogStatus() {
        return describe(projects.status()) + ", " + describe(freelancers.status());
    }

    private static String describe(CatalogStatus status) {
        return "catalog " + status.name() + " " + status.phase() + " (lag " + status.lag() + ")";
    }

    private FreelancerFeatures freelancerFeatures(String freelancerId) {
        FreelancerFeatures f = keyed.<FreelancerFeatures>global(SuccessTopology.FREELANCERS_GLOBAL).get(freelancerId);
        return f == null ? FreelancerFeatures.empty(freelancerId) : f;
    }
}
