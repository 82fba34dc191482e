package ai.talent.sim;

/** The true relevance score 0–1 a judgment's grade was drawn from. */
public record JudgmentTruth(double score) {
}
