package ai.talent.domain.model;

/** The language a text is written in: Korean, English, or Korean mixed with English (tech) terms. */
public enum Language {
    KO,
    EN,
    MIXED
}
