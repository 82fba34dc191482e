package ai.talent.success.state;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.service.state.catalog.Catalog;
import ai.talent.service.state.keyed.KeyedStateReads;
import ai.talent.success.feature.ClientHistory;
import ai.talent.success.feature.FeatureState;
import ai.talent.success.feature.TrackRecord;
import ai.talent.success.feature.Workload;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

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

    private FreelancerFeatures freelancerFeatures(String freelancerId) {
        FreelancerFeatures f = keyed.<FreelancerFeatures>global(SuccessTopology.FREELANCERS_GLOBAL).get(freelancerId);
        return f == null ? FreelancerFeatures.empty(freelancerId) : f;
    }
}
