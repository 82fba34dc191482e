package ai.talent.matching.train;

import java.time.Instant;

/** A contract of a market's history: awarded, completed (null while in progress at the end), and its outcome. */
public record PastContract(String projectId, String freelancerId, Instant awardedAt, Instant completedAt,
                           boolean success) {
}
