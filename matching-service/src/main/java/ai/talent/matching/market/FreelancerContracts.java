package ai.talent.matching.market;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.DomainEvent;
import ai.talent.matching.rank.FreelancerActivity;
import java.util.ArrayList;
import java.util.List;

/**
 * A freelancer's contracts as the ranker needs them (workload and track record): the ids of the contracts in
 * progress, and how many completed, how many of those successfully. The value of the {@value #STORE} keyed store
 * (per freelancer id) and of the {@value #GLOBAL} global store every replica holds whole, since a ranking reads it
 * for every candidate.
 */
public record FreelancerContracts(List<String> inProgress, int completed, int successful) {

    /** The keyed store (Kafka Streams), the contracts re-keyed by freelancer id. */
    public static final String STORE = "freelancer-contracts";
    /** The global store every replica reads while ranking. */
    public static final String GLOBAL = "freelancer-activity";

    public FreelancerContracts {
        inProgress = List.copyOf(inProgress);
    }

    public static FreelancerContracts none() {
        return new FreelancerContracts(List.of(), 0, 0);
    }

    /** After one more contract event of the freelancer; other events change nothing. */
    public FreelancerContracts apply(DomainEvent event) {
        return switch (event) {
            case ContractAwarded e -> inProgress.contains(e.contract().id()) ? this
                    : new FreelancerContracts(with(e.contract().id()), completed, successful);
            case ContractCompleted e -> {
                List<String> open = new ArrayList<>(inProgress);
                open.remove(e.contractId());
                yield new FreelancerContracts(open, completed + 1,
                        successful + (e.outcome().isSuccess(e.clientRating()) ? 1 : 0));
            }
            default -> this;
        };
    }

    public FreelancerActivity activity() {
        return new FreelancerActivity(inProgress.size(), completed, successful);
    }

    private List<String> with(String contractId) {
        List<String> open = new ArrayList<>(inProgress);
        open.add(contractId);
        return open;
    }
}
