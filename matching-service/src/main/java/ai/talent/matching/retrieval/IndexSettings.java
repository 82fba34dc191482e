package ai.talent.matching.retrieval;

/**
 * HNSW graph settings (neighbours per node, beam width while building), how many candidates the search explores
 * per query ({@code efSearch}, at least k), and how many entities are embedded per encoder call when publishing.
 */
public record IndexSettings(int hnswM, int hnswBeamWidth, int efSearch, int embedBatch) {

    public IndexSettings {
        if (hnswM < 2 || hnswBeamWidth < hnswM || efSearch < 1 || embedBatch < 1) {
            throw new IllegalArgumentException("invalid index settings: " + this);
        }
    }

    /** M 16, beam width 100, 100 candidates per search, 256 entities per embedding call. */
    public static IndexSettings defaults() {
        return new IndexSettings(16, 100, 100, 256);
    }

    public IndexSettings withEfSearch(int ef) {
        return new IndexSettings(hnswM, hnswBeamWidth, ef, embedBatch);
    }
}
