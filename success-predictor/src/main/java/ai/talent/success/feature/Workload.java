package ai.talent.success.feature;

import java.util.Set;
import java.util.TreeSet;

/** The contracts a freelancer is working on now (awarded, not yet finished); a keyed state value. */
public record Workload(String freelancerId, Set<String> activeContractIds) {

    public Workload {
        activeContractIds = Set.copyOf(activeContractIds);
    }

    public static Workload empty(String freelancerId) {
        return new Workload(freelancerId, Set.of());
    }

    public Workload withAwarded(String contractId) {
        Set<String> ids = new TreeSet<>(activeContractIds);
        ids.add(contractId);
        return new Workload(freelancerId, ids);
    }

    public Workload withFinished(String contractId) {
        Set<String> ids = new TreeSet<>(activeContractIds);
        ids.remove(contractId);
        return new Workload(freelancerId, ids);
    }

    public int active() {
        return activeContractIds.size();
    }
}
