package ai.talent.matching.rank;

/**
 * The ranking used until a ranker has been trained (a fresh clone, an empty registry): a fixed linear score of the
 * features, written down here rather than learned. Skill coverage and the towers' similarity carry most of the
 * weight, a rate above budget costs, and track record, availability, place, language and a known predicted
 * success add a little. Its contributions are exact: weight × value, against a candidate whose features are all 0.
 */
public final class DefaultRanker implements Ranker {

    public static final String VERSION = "default-linear-1";

    private static final float[] WEIGHTS = new float[MatchFeature.count()];

    static {
        WEIGHTS[MatchFeature.TEXT_SIMILARITY.ordinal()] = 1.0f;
        WEIGHTS[MatchFeature.SKILL_COVERAGE.ordinal()] = 1.5f;
        WEIGHTS[MatchFeature.REQUIRED_HELD.ordinal()] = 0.5f;
        WEIGHTS[MatchFeature.NICE_TO_HAVE.ordinal()] = 0.3f;
        WEIGHTS[MatchFeature.SKILL_YEARS.ordinal()] = 0.1f;
        WEIGHTS[MatchFeature.LEVEL_SURPLUS.ordinal()] = 0.2f;
        WEIGHTS[MatchFeature.RATE_OVER_BUDGET.ordinal()] = -0.6f;
        WEIGHTS[MatchFeature.RATING.ordinal()] = 0.15f;
        WEIGHTS[MatchFeature.RATING_RELIABILITY.ordinal()] = 0.1f;
        WEIGHTS[MatchFeature.EXPERIENCE.ordinal()] = 0.05f;
        WEIGHTS[MatchFeature.PLATFORM_SUCCESS.ordinal()] = 0.3f;
        WEIGHTS[MatchFeature.AVAILABILITY.ordinal()] = 0.1f;
        WEIGHTS[MatchFeature.ACTIVE_CONTRACTS.ordinal()] = -0.1f;
        WEIGHTS[MatchFeature.REGION_FIT.ordinal()] = 0.2f;
        WEIGHTS[MatchFeature.LANGUAGE_FIT.ordinal()] = 0.2f;
        WEIGHTS[MatchFeature.PREDICTED_SUCCESS.ordinal()] = 0.6f;
    }

    /** The weight of a feature in the default score. */
    public static float weight(MatchFeature feature) {
        return WEIGHTS[feature.ordinal()];
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public boolean learned() {
        return false;
    }

    @Override
    public float[] score(float[][] features) {
        float[] scores = new float[features.length];
        for (int i = 0; i < features.length; i++) {
            float s = 0;
            for (int j = 0; j < WEIGHTS.length; j++) {
                s += WEIGHTS[j] * features[i][j];
            }
            scores[i] = s;
        }
        return scores;
    }

    @Override
    public float[] contributions(float[] features) {
        float[] c = new float[WEIGHTS.length];
        for (int j = 0; j < WEIGHTS.length; j++) {
            c[j] = WEIGHTS[j] * features[j];
        }
        return c;
    }
}
