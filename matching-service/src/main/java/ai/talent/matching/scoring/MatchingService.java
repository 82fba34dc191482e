package ai.talent.matching.scoring;

import ai.talent.domain.event.MatchRecommended;
import ai.talent.domain.event.RankedFreelancer;
import ai.talent.domain.model.Project;
import ai.talent.matching.config.MatchingConfig;
import ai.talent.matching.market.MarketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Ranks the freelancers matching has received for a project, and turns a ranking into a recommendation event. */
@ApplicationScoped
public class MatchingService {

    private final MarketRepository market;
    private final BaselineScorer scorer;
    private final MatchingConfig config;

    public MatchingService(MarketRepository market, MatchingConfig config) {
        this.market = market;
        this.config = config;
        this.scorer = new BaselineScorer(config.skillWeight(), config.niceToHaveWeight(),
                config.fixedBudgetHoursPerWeek());
    }

    public List<MatchScore> rank(ProjectNeeds needs, int limit) {
        return scorer.rank(needs, market.freelancers(), limit);
    }

    /** The recommendation for a project, as the event {@code eventId}. */
    public MatchRecommended recommend(Project project, String eventId) {
        List<MatchScore> ranking = rank(ProjectNeeds.of(project), config.topK());
        List<RankedFreelancer> entries = new ArrayList<>(ranking.size());
        for (int i = 0; i < ranking.size(); i++) {
            MatchScore s = ranking.get(i);
            entries.add(new RankedFreelancer(s.freelancerId(), s.score(), i + 1, s.reasons()));
        }
        return new MatchRecommended(eventId, Instant.now(), project.id(),
                config.modelVersion(), entries);
    }

    public int defaultLimit() {
        return config.topK();
    }

    public String modelVersion() {
        return config.modelVersion();
    }
}
