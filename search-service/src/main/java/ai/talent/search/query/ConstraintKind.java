package ai.talent.search.query;

/** What part of a recruiter's intent a constraint is. */
public enum ConstraintKind {
    SKILL,
    ROLE,
    DOMAIN,
    REGION,
    REMOTE,
    MIN_RATE,
    MAX_RATE,
    MIN_YEARS,
    SENIORITY,
    LANGUAGE,
    AVAILABILITY
}
