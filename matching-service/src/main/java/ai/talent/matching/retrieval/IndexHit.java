package ai.talent.matching.retrieval;

/**
 * One entity an index returned: its score in that leg (cosine similarity for the dense leg, the matched skill
 * weight for the skill leg), the entity, its stored vector, and its stored text signals (null when the index holds
 * none: the reader reads them from the entity's texts).
 */
public record IndexHit<T>(String id, double score, T entity, float[] vector, String signals) {
}
