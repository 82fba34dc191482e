package ai.talent.sim;

/**
 * A judged query–freelancer pair: the graded relevance 0–3 (as a careful recruiter would label it) and the
 * true relevance score 0–1 it was drawn from.
 */
public record Judgment(String freelancerId, int grade, double score) {
}
