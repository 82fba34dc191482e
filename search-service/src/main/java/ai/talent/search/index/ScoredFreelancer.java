package ai.talent.search.index;

import ai.talent.domain.model.Nullable;
import ai.talent.domain.text.TextSignals;
import ai.talent.domain.model.Freelancer;

/**
 * One hit of one retrieval leg: the stored profile and the leg's own score (BM25 or vector similarity).
 * {@code texts} false: the profile came without its headline and bio (both empty), as the embedded index reads a
 * leg's candidates; {@link SearchBackend#withTexts} reads the whole profile of the few that are shown. {@code stated}:
 * what the headline and bio state (role, domains, seniority, years), read when the profile was indexed and stored
 * beside it, or null when the texts came along to be read (a hit without its texts always carries it).
 */
public record ScoredFreelancer(Freelancer freelancer, double score, boolean texts,
                               @Nullable TextSignals.Profile stated) {

    public ScoredFreelancer {
        if (!texts && stated == null) {
            throw new IllegalArgumentException("a hit without its texts carries what they state");
        }
    }

    public ScoredFreelancer(Freelancer freelancer, double score) {
        this(freelancer, score, true, null);
    }

    public String id() {
        return freelancer.id();
    }
}
