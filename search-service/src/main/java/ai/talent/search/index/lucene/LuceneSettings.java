package ai.talent.search.index.lucene;

/**
 * How the embedded index is built and searched: HNSW graph degree and construction beam, whether vectors are
 * scalar-quantised to int8 in the graph (faster to build and search, a little less exact), the indexing RAM buffer,
 * how many candidates the HNSW search explores per result it returns ({@code numCandidates = k × factor}, as
 * Elasticsearch's {@code num_candidates}: more explored, higher recall against exact search, slower), and on how many
 * threads a batch of profiles is analysed and added to the graph (Lucene's {@code IndexWriter} takes documents from
 * several threads at once, each analysing its own; one id's writes always stay on one thread, in order).
 */
public record LuceneSettings(int hnswM, int hnswBeamWidth, boolean quantized, double ramBufferMb,
                             double knnCandidatesFactor, int indexThreads) {

    /** The default of {@code talent.search.knn-candidates-factor} (the README's Performance section says why 3). */
    public static final double DEFAULT_KNN_CANDIDATES_FACTOR = 3;
    /** The default of {@code talent.search.lucene.index-threads}: both cores of the machines this runs on. */
    public static final int DEFAULT_INDEX_THREADS = 2;
    /** The default of {@code talent.search.lucene.ram-buffer-mb}. */
    public static final double DEFAULT_RAM_BUFFER_MB = 256;

    public LuceneSettings {
        if (hnswM < 2 || hnswBeamWidth < hnswM || ramBufferMb <= 0 || knnCandidatesFactor < 1 || indexThreads < 1) {
            throw new IllegalArgumentException("LuceneSettings: need M ≥ 2, beam ≥ M, a positive RAM buffer, a "
                    + "candidates factor ≥ 1 and at least one index thread, got M " + hnswM + ", beam " + hnswBeamWidth
                    + ", " + ramBufferMb + " MB, factor " + knnCandidatesFactor + ", " + indexThreads + " threads");
        }
    }

    public LuceneSettings(int hnswM, int hnswBeamWidth, boolean quantized, double ramBufferMb,
                          double knnCandidatesFactor) {
        this(hnswM, hnswBeamWidth, quantized, ramBufferMb, knnCandidatesFactor, DEFAULT_INDEX_THREADS);
    }

    public LuceneSettings(int hnswM, int hnswBeamWidth, boolean quantized, double ramBufferMb) {
        this(hnswM, hnswBeamWidth, quantized, ramBufferMb, DEFAULT_KNN_CANDIDATES_FACTOR);
    }

    public static LuceneSettings defaults() {
        return new LuceneSettings(16, 100, false, DEFAULT_RAM_BUFFER_MB);
    }

    /** The same settings writing on {@code threads} threads. */
    public LuceneSettings withIndexThreads(int threads) {
        return new LuceneSettings(hnswM, hnswBeamWidth, quantized, ramBufferMb, knnCandidatesFactor, threads);
    }

    /** How many candidates the HNSW search explores to return the best {@code k}. */
    public int numCandidates(int k) {
        return (int) Math.min(10_000, Math.max(k, Math.ceil(k * knnCandidatesFactor)));
    }
}
