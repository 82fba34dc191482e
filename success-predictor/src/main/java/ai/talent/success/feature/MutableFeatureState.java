package ai.talent.success.feature;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;

/** A {@link FeatureState} that {@link StateUpdates} can write to. */
public interface MutableFeatureState extends FeatureState {

    void putFreelancer(Freelancer freelancer);

    void removeFreelancer(String id);

    void putProject(Project project);

    void putTrackRecord(TrackRecord record);

    void putClientHistory(ClientHistory history);

    void putWorkload(Workload workload);
}
