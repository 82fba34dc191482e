package ai.talent.matching.retrieval;

/**
 * One entity an index returned: its score in that leg (cosine similarity for the dense leg, the matched skill
 * weight for the skill leg), the entity, and its stored vector.
 */
public record IndexHit<T>(String id, double score, T entity, float[] vector) {
}
