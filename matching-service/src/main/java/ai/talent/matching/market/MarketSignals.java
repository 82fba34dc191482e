package ai.talent.matching.market;

import ai.talent.matching.rank.FreelancerActivity;
import ai.talent.matching.rank.MatchSignals;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The ranker's signals from what matching received: a freelancer's contracts (in progress, completed, successful)
 * from the contracts topic, and the success predictor's probabilities from {@code success.predicted} events.
 */
@ApplicationScoped
public class MarketSignals implements MatchSignals {

    private final MarketRepository market;

    public MarketSignals(MarketRepository market) {
        this.market = market;
    }

    @Override
    public FreelancerActivity activity(String freelancerId) {
        int active = 0;
        int completed = 0;
        int successful = 0;
        for (Hire h : market.hiresOf(freelancerId)) {
            if (h.outcome() == null) {
                active++;
            } else {
                completed++;
                if (h.outcome().isSuccess(h.clientRating() == null ? 0 : h.clientRating())) {
                    successful++;
                }
            }
        }
        return new FreelancerActivity(active, completed, successful);
    }

    @Override
    public Map<String, Double> predictions(String projectId, Collection<String> freelancerIds) {
        Map<String, Double> out = new HashMap<>();
        for (String id : freelancerIds) {
            market.prediction(projectId, id).ifPresent(p -> out.put(id, p.probability()));
        }
        return out;
    }
}
