package ai.talent.matching.rank;

import java.util.Collection;
import java.util.Map;

/**
 * What the ranker knows besides the profile and the project: a freelancer's platform record (workload, past
 * contracts) and the success predictor's probabilities for a project's candidates.
 */
public interface MatchSignals {

    FreelancerActivity activity(String freelancerId);

    /** Known success probabilities for the project, by freelancer id (only those known; may be empty). */
    Map<String, Double> predictions(String projectId, Collection<String> freelancerIds);

    /** Nothing known: every freelancer new to the platform, no predictions. */
    static MatchSignals none() {
        return new MatchSignals() {
            @Override
            public FreelancerActivity activity(String freelancerId) {
                return FreelancerActivity.NONE;
            }

            @Override
            public Map<String, Double> predictions(String projectId, Collection<String> freelancerIds) {
                return Map.of();
            }
        };
    }
}
