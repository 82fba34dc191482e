package ai.talent.success.feature;

import ai.talent.domain.event.ContractCompleted;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the platform has seen a freelancer finish: contracts finished and how many succeeded, the ratings
 * received, and per skill the successful contracts that asked for it ("similar projects"). Built from the
 * {@code contracts} topic; a keyed state value (immutable, serialisable), updated only through {@link #with}.
 */
public record TrackRecord(String freelancerId, int finished, int successes, double ratingSum,
                          Map<String, Integer> successesBySkill) {

    /** At most this many skills are kept per freelancer, so one state value stays small. */
    public static final int MAX_SKILLS = 64;

    public TrackRecord {
        successesBySkill = Map.copyOf(successesBySkill);
    }

    public static TrackRecord empty(String freelancerId) {
        return new TrackRecord(freelancerId, 0, 0, 0, Map.of());
    }

    /** This record after a finished contract on a project that required {@code skillIds}. */
    public TrackRecord with(ContractCompleted completed, List<String> skillIds) {
        boolean success = completed.successful();
        Map<String, Integer> bySkill = new TreeMap<>(successesBySkill);
        if (success) {
            for (String skill : skillIds) {
                if (bySkill.containsKey(skill) || bySkill.size() < MAX_SKILLS) {
                    bySkill.merge(skill, 1, Integer::sum);
                }
            }
        }
        return new TrackRecord(freelancerId, finished + 1, successes + (success ? 1 : 0),
                ratingSum + completed.clientRating(), bySkill);
    }

    /** Successful contracts that asked for at least the most-practised of these skills. */
    public int similarSuccesses(List<String> skillIds) {
        int best = 0;
        for (String skill : skillIds) {
            best = Math.max(best, successesBySkill.getOrDefault(skill, 0));
        }
        return best;
    }
}
