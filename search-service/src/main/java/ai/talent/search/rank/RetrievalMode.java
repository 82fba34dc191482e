package ai.talent.search.rank;

/** Which legs a search fuses: both (the service's mode), or one alone (for evaluation side by side). */
public enum RetrievalMode {
    HYBRID,
    BM25,
    DENSE
}
