package ai.talent.success.feature;

import ai.talent.domain.event.ContractCompleted;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the platform has seen of a client: projects posted, contracts awarded and finished, how many
 * succeeded, the ratings the client gave, and per freelancer the contracts they finished together and how many
 * of those succeeded (a repeat hire's record: how well this pair works together shows nowhere else). Built from
 * the {@code projects} and {@code contracts} topics; a keyed state value.
 */
public record ClientHistory(String clientId, int projectsPosted, int contractsAwarded, int finished,
                            int successes, double ratingSum, Map<String, PairRecord> pairs) {

    /** At most this many freelancers are kept per client, so one state value stays small. */
    public static final int MAX_PAIRS = 256;

    /** Contracts one client and one freelancer finished together, and how many succeeded. */
    public record PairRecord(int finished, int successes) {

        static final PairRecord NONE = new PairRecord(0, 0);
    }

    public ClientHistory {
        // a state value written before pairs were kept reads as having none
        pairs = pairs == null ? Map.of() : Map.copyOf(pairs);
    }

    public static ClientHistory empty(String clientId) {
        return new ClientHistory(clientId, 0, 0, 0, 0, 0, Map.of());
    }

    public ClientHistory withProjectPosted() {
        return new ClientHistory(clientId, projectsPosted + 1, contractsAwarded, finished, successes, ratingSum, pairs);
    }

    public ClientHistory withAwarded() {
        return new ClientHistory(clientId, projectsPosted, contractsAwarded + 1, finished, successes, ratingSum, pairs);
    }

    public ClientHistory with(ContractCompleted completed) {
        boolean success = completed.successful();
        Map<String, PairRecord> next = new TreeMap<>(pairs);
        if (next.containsKey(completed.freelancerId()) || next.size() < MAX_PAIRS) {
            PairRecord p = next.getOrDefault(completed.freelancerId(), PairRecord.NONE);
            next.put(completed.freelancerId(), new PairRecord(p.finished() + 1, p.successes() + (success ? 1 : 0)));
        }
        return new ClientHistory(clientId, projectsPosted, contractsAwarded, finished + 1,
                successes + (success ? 1 : 0), ratingSum + completed.clientRating(), next);
    }

    /** What this client and this freelancer finished together before. */
    public PairRecord pair(String freelancerId) {
        return pairs.getOrDefault(freelancerId, PairRecord.NONE);
    }
}
