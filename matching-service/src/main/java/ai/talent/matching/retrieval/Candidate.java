package ai.talent.matching.retrieval;

/**
 * A retrieved candidate: the entity, its tower vector, its cosine similarity to the query, its 1-based rank in each
 * leg (0 when that leg did not return it), the fused retrieval score that orders retrieval on its own, and its
 * stored text signals (null when the index holds none).
 */
public record Candidate<T>(T entity, float[] vector, double similarity, int denseRank, int skillRank,
                           double retrievalScore, String signals) {
}
