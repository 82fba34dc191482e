package ai.talent.sim;

/**
 * A judged query–freelancer pair: the graded relevance 0–3, as a careful recruiter would label it. Every
 * freelancer with a non-zero true relevance for the query is judged; the others are grade 0.
 */
public record Judgment(String queryId, String freelancerId, int grade) {
}
