package ai.talent.success.feature;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import java.util.Optional;

/**
 * Everything the features read besides the request itself: the catalogs (freelancers, projects) and the keyed
 * state built from the event topics. Offline training replays history into an {@link InMemoryFeatureState};
 * the service reads the same records from its state stores. Missing keys read as empty records (a newcomer).
 */
public interface FeatureState {

    Optional<Freelancer> freelancer(String id);

    Optional<Project> project(String id);

    TrackRecord trackRecord(String freelancerId);

    ClientHistory clientHistory(String clientId);

    Workload workload(String freelancerId);
}
