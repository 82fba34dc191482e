package ai.talent.nn.eval;

/** One query's candidates: the model's scores and the true graded gains (0 = not relevant), index-aligned. */
public record RankedQuery(double[] scores, double[] gains) {
}
