package ai.talent.nn.eval;

/** Two sentences and their gold similarity (STS: 0 to 5). */
public record ScoredPair(String first, String second, double score) {
}
