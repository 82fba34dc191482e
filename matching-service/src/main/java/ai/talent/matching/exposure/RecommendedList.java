package ai.talent.matching.exposure;

import ai.talent.domain.event.MatchRecommended;
import ai.talent.domain.event.RankedFreelancer;
import java.time.Instant;
import java.util.List;

/**
 * One recommendation list as the exposure window keeps it: the project it answered, when it was made, and the
 * freelancers it named. A document of the {@value ExposureState#CATALOG} catalog, by project id.
 */
public record RecommendedList(String projectId, Instant recommendedAt, List<String> freelancerIds) {

    public RecommendedList {
        freelancerIds = List.copyOf(freelancerIds);
    }

    public static RecommendedList of(MatchRecommended event) {
        return new RecommendedList(event.projectId(), event.occurredAt(),
                event.recommendations().stream().map(RankedFreelancer::freelancerId).toList());
    }
}
