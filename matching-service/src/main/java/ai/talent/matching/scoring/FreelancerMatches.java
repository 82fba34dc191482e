package ai.talent.matching.scoring;

import java.util.List;

/**
 * A project's best freelancers, best first ({@code projectId} null for an ad-hoc request), with the ranker and
 * encoder that produced them and how many candidates retrieval found.
 */
public record FreelancerMatches(String projectId, String modelVersion, String encoder, int candidatesConsidered,
                                List<FreelancerMatch> matches) {

    public FreelancerMatches {
        matches = List.copyOf(matches);
    }
}
