package ai.talent.nn.eval;

/** One equal-width bin of a reliability diagram: how confident the model was and how often it was right. */
public record ReliabilityBin(double lower, double upper, int count, double meanPredicted, double fractionPositive) {
}
