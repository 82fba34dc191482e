package ai.talent.sim.text;

/** The language of a generated marketplace text: Korean, English, or Korean with English tech terms. */
public enum TextLanguage {
    KO,
    EN,
    MIXED
}
