package ai.talent.matching.retrieval;

/**
 * How many candidates each leg returns, and how the legs are fused into the retrieval order: weighted reciprocal
 * rank fusion, {@code Σ weight / (rrfK + rank)}.
 */
public record RetrievalSettings(int denseCandidates, int skillCandidates, int rrfK, double denseWeight,
                                double skillWeight) {

    public RetrievalSettings {
        if (denseCandidates < 0 || skillCandidates < 0 || denseCandidates + skillCandidates == 0 || rrfK < 1
                || denseWeight < 0 || skillWeight < 0) {
            throw new IllegalArgumentException("invalid retrieval settings: " + this);
        }
    }

    /** 200 dense and 100 skill-overlap candidates, RRF k 60, equal weights. */
    public static RetrievalSettings defaults() {
        return new RetrievalSettings(200, 100, 60, 1.0, 1.0);
    }

    public RetrievalSettings withLegs(int dense, int skill) {
        return new RetrievalSettings(dense, skill, rrfK, denseWeight, skillWeight);
    }
}
