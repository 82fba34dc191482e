package ai.talent.search.index.lucene;

/**
 * How the embedded index is built: HNSW graph degree and construction beam, whether vectors are scalar-quantised
 * to int8 in the graph (faster to build and search, a little less exact), and the indexing RAM buffer.
 */
public record LuceneSettings(int hnswM, int hnswBeamWidth, boolean quantized, double ramBufferMb) {

    public static LuceneSettings defaults() {
        return new LuceneSettings(16, 100, false, 256);
    }
}
