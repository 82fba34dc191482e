package ai.talent.success.feature;

/** Features that explain the same thing; a reason is written per group, from the sum of its attributions. */
public enum FeatureGroup {
    SKILLS,
    RATE,
    EXPERIENCE,
    RATING,
    TRACK_RECORD,
    SIMILAR_WORK,
    WORKLOAD,
    DEADLINE,
    CLIENT,
    LANGUAGE,
    REGION,
    TEXT,
    ROLE_DOMAIN,
    SENIORITY,
    CRAFT,
    PAIR
}
