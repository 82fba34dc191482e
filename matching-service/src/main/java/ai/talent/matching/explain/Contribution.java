package ai.talent.matching.explain;

/** What one feature added to (or took from) a candidate's score, against an average candidate. */
public record Contribution(String feature, String group, double value) {
}
