package ai.talent.matching.rank;

import java.util.List;
import java.util.Map;

/**
 * Success probabilities asked of the success predictor for a project's best candidates that no
 * {@code success.predicted} event covered; answers what it can within its timeout and nothing more.
 */
@FunctionalInterface
public interface RemotePredictions {

    Map<String, Double> fetch(String projectId, List<String> freelancerIds);
}
