package ai.talent.success.state;

import ai.talent.success.feature.TrackRecord;
import ai.talent.success.feature.Workload;

/** What the features know of one freelancer besides the profile: the value of the freelancer feature store. */
public record FreelancerFeatures(String freelancerId, TrackRecord track, Workload workload) {

    public static FreelancerFeatures empty(String freelancerId) {
        return new FreelancerFeatures(freelancerId, TrackRecord.empty(freelancerId), Workload.empty(freelancerId));
    }
}
