package ai.talent.matching.rank;

import ai.talent.matching.retrieval.Candidate;

/** A candidate after the second stage: its features and the ranker's score; {@code rank} is 1-based. */
public record RankedCandidate<T>(Candidate<T> candidate, float[] features, double score, int rank) {

    public T entity() {
        return candidate.entity();
    }

    public RankedCandidate<T> withRank(int newRank) {
        return new RankedCandidate<>(candidate, features, score, newRank);
    }
}
