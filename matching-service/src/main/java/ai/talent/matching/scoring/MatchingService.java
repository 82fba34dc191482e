package ai.talent.matching.scoring;

import ai.talent.domain.event.MatchRecommended;
import ai.talent.domain.event.RankedFreelancer;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.matching.config.MatchingConfig;
import ai.talent.service.state.catalog.Catalog;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Ranks the freelancers of matching's catalog for a project, and turns a ranking into a recommendation event. */
@ApplicationScoped
public class MatchingService {

    private final Catalog<Freelancer> freelancers;
    private final BaselineScorer scorer;
    private final MatchingConfig config;

    public MatchingService(Catalog<Freelancer> freelancers, MatchingConfig config) {
        this.freelancers = freelancers;
        this.config = config;
        this.scorer = new BaselineScorer(config.skillWeight(), config.niceToHaveWeight(),
                config.fixedBudgetHoursPerWeek());
    }

    public List<MatchScore> rank(ProjectNeeds needs, int limit) {
        return scorer.rank(needs, freelancers.all(), limit);
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
