package ai.talent.success.reason;

/** The language reasons are written in. */
public enum ReasonLanguage {
    EN,
    KO
}
