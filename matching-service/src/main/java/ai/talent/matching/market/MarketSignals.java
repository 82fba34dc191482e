package ai.talent.matching.market;

import ai.talent.matching.rank.FreelancerActivity;
import ai.talent.matching.rank.MatchSignals;
import ai.talent.service.state.keyed.KeyedStateReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The ranker's signals from matching's keyed state: a freelancer's contracts (in progress, completed, successful)
 * from the global store every replica holds, and the success predictor's probabilities for a project from its
 * {@link ProjectOutcomes} when this replica holds the project's partition. A signal that is not available right
 * now (the state still loading, the project owned by another replica) counts as unknown: the ranker has a
 * documented value for it, and a ranking never fails for want of a signal.
 */
@ApplicationScoped
public class MarketSignals implements MatchSignals {

    private final KeyedStateReads keyed;

    public MarketSignals(KeyedStateReads keyed) {
        this.keyed = keyed;
    }

    @Override
    public FreelancerActivity activity(String freelancerId) {
        try {
            ReadOnlyKeyValueStore<String, FreelancerContracts> store = keyed.global(FreelancerContracts.GLOBAL);
            FreelancerContracts contracts = store.get(freelancerId);
            return contracts == null ? FreelancerActivity.NONE : contracts.activity();
        } catch (WebApplicationException | IllegalStateException e) {
            return FreelancerActivity.NONE;
        }
    }

    @Override
    public Map<String, Double> predictions(String projectId, Collection<String> freelancerIds) {
        if (projectId == null) {
            return Map.of();
        }
        ProjectOutcomes outcomes;
        try {
            outcomes = keyed.<ProjectOutcomes>local(ProjectOutcomes.STORE, projectId).orElse(null);
        } catch (WebApplicationException | IllegalStateException e) {
            return Map.of();
        }
        if (outcomes == null) {
            return Map.of();
        }
        Set<String> wanted = Set.copyOf(freelancerIds);
        Map<String, Double> out = new HashMap<>();
        outcomes.predictions().stream().filter(p -> wanted.contains(p.freelancerId()))
                .forEach(p -> out.put(p.freelancerId(), p.probability()));
        return out;
    }
}
