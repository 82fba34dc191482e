package ai.talent.search.index.lucene;

/**
 * How the embedded index is built and searched: HNSW graph degree and construction beam, whether vectors are
 * scalar-quantised to int8 in the graph (faster to build and search, a little less exact), the indexing RAM buffer,
 * and how many candidates the HNSW search explores per result it returns ({@code numCandidates = k × factor}, as
 * Elasticsearch's {@code num_candidates}: more explored, higher recall against exact search, slower).
 */
public record LuceneSettings(int hnswM, int hnswBeamWidth, boolean quantized, double ramBufferMb,
                             double knnCandidatesFactor) {

    /** The default of {@code talent.search.knn-candidates-factor} (the README's Performance section says why 3). */
    public static final double DEFAULT_KNN_CANDIDATES_FACTOR = 3;

    public LuceneSettings {
        if (hnswM < 2 || hnswBeamWidth < hnswM || ramBufferMb <= 0 || knnCandidatesFactor < 1) {
            throw new IllegalArgumentException("LuceneSettings: need M ≥ 2, beam ≥ M, a positive RAM buffer and a "
                    + "candidates factor ≥ 1, got M " + hnswM + ", beam " + hnswBeamWidth + ", " + ramBufferMb
                    + " MB, factor " + knnCandidatesFactor);
        }
    }

    public LuceneSettings(int hnswM, int hnswBeamWidth, boolean quantized, double ramBufferMb) {
        this(hnswM, hnswBeamWidth, quantized, ramBufferMb, DEFAULT_KNN_CANDIDATES_FACTOR);
    }

    public static LuceneSettings defaults() {
        return new LuceneSettings(16, 100, false, 256);
    }

    /** How many candidates the HNSW search explores to return the best {@code k}. */
    public int numCandidates(int k) {
        return (int) Math.min(10_000, Math.max(k, Math.ceil(k * knnCandidatesFactor)));
    }
}
