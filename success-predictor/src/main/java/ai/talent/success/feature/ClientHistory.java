package ai.talent.success.feature;

import ai.talent.domain.event.ContractCompleted;

/**
 * What the platform has seen of a client: projects posted, contracts awarded and finished, how many
 * succeeded, and the ratings the client gave. Built from the {@code projects} and {@code contracts} topics; a
 * keyed state value.
 */
public record ClientHistory(String clientId, int projectsPosted, int contractsAwarded, int finished,
                            int successes, double ratingSum) {

    public static ClientHistory empty(String clientId) {
        return new ClientHistory(clientId, 0, 0, 0, 0, 0);
    }

    public ClientHistory withProjectPosted() {
        return new ClientHistory(clientId, projectsPosted + 1, contractsAwarded, finished, successes, ratingSum);
    }

    public ClientHistory withAwarded() {
        return new ClientHistory(clientId, projectsPosted, contractsAwarded + 1, finished, successes, ratingSum);
    }

    public ClientHistory with(ContractCompleted completed) {
        return new ClientHistory(clientId, projectsPosted, contractsAwarded, finished + 1,
                successes + (completed.successful() ? 1 : 0), ratingSum + completed.clientRating());
    }
}
