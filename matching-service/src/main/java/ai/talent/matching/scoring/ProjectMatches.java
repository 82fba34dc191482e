package ai.talent.matching.scoring;

import java.util.List;

/** The open projects that suit a freelancer, best first, with the ranker and encoder that produced them. */
public record ProjectMatches(String freelancerId, String modelVersion, String encoder, int candidatesConsidered,
                             List<ProjectMatch> matches) {

    public ProjectMatches {
        matches = List.copyOf(matches);
    }
}
