package ai.talent.domain.model;

/** How a contract ended. Together with the client's rating it decides whether the contract succeeded. */
public enum ContractOutcome {
    COMPLETED_ON_TIME,
    COMPLETED_LATE,
    CANCELLED,
    DISPUTED;

    /**
     * The success label the suite trains and evaluates on: finished on time, or finished late but still
     * rated 4 or 5 by the client.
     */
    public boolean isSuccess(int clientRating) {
        return this == COMPLETED_ON_TIME || (this == COMPLETED_LATE && clientRating >= 4);
    }
}
