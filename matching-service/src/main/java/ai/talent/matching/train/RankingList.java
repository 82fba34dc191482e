package ai.talent.matching.train;

/** One training list of the ranker: the feature rows of a project's candidates and their labels (1 = hired). */
public record RankingList(float[][] features, float[] labels) {
}
