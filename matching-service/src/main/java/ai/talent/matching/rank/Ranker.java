package ai.talent.matching.rank;

/**
 * Scores candidates from their {@link MatchFeature} vectors (higher ranks first) and says what each feature
 * contributed to one candidate's score. Thread-safe.
 */
public interface Ranker {

    /** What ranked: {@code matching-ranker v3}, or the default ranking's name. */
    String version();

    /** Whether the ranker was learned from hires (false for the documented default). */
    boolean learned();

    /** Scores of the rows, in order. */
    float[] score(float[][] features);

    /**
     * Each feature's share of the candidate's score against the reference candidate (an average one for a learned
     * ranker); the values add up to {@code score(x) − score(reference)} (up to the integration error).
     */
    float[] contributions(float[] features);
}
