package ai.talent.search.index;

import ai.talent.domain.model.Freelancer;

/** One hit of one retrieval leg: the stored profile and the leg's own score (BM25 or vector similarity). */
public record ScoredFreelancer(Freelancer freelancer, double score) {

    public String id() {
        return freelancer.id();
    }
}
