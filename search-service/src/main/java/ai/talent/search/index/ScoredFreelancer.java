package ai.talent.search.index;

import ai.talent.domain.model.Freelancer;

/**
 * One hit of one retrieval leg: the stored profile and the leg's own score (BM25 or vector similarity).
 * {@code texts} false: the profile came without its headline and bio (both empty), as the embedded index reads a
 * leg's candidates; {@link SearchBackend#withTexts} reads the whole profile of the few that are shown.
 */
public record ScoredFreelancer(Freelancer freelancer, double score, boolean texts) {

    public ScoredFreelancer(Freelancer freelancer, double score) {
        this(freelancer, score, true);
    }

    public String id() {
        return freelancer.id();
    }
}
