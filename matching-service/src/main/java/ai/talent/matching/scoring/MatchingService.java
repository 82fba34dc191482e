package ai.talent.matching.scoring;

import ai.talent.domain.event.MatchRecommended;
import ai.talent.domain.event.RankedFreelancer;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.matching.explain.Improvement;
import ai.talent.matching.explain.MatchExplainer;
import ai.talent.matching.explain.MatchExplanation;
import ai.talent.matching.rank.MatchQuery;
import ai.talent.matching.rank.MatchSignals;
import ai.talent.matching.rank.RankedCandidate;
import ai.talent.matching.rank.Ranker;
import ai.talent.matching.rank.Ranking;
import ai.talent.matching.rank.TwoStageMatcher;
import ai.talent.matching.retrieval.HardFilters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Matching in both directions through the two stages (retrieval, then the ranker; then the exposure cap and MMR),
 * every match explained: for a project, its best freelancers; for a freelancer, the open projects that suit them,
 * each with what would raise their match.
 */
public final class MatchingService {

    /** Contributions shown per match. */
    static final int TOP_CONTRIBUTIONS = 4;
    /** Improvements shown per project in a freelancer's list. */
    static final int TOP_IMPROVEMENTS = 3;

    private final TwoStageMatcher matcher;
    private final MatchExplainer explainer;
    private final MatchSignals signals;
    private final int topK;

    public MatchingService(TwoStageMatcher matcher, MatchExplainer explainer, MatchSignals signals, int topK) {
        this.matcher = matcher;
        this.explainer = explainer;
        this.signals = signals;
        this.topK = topK;
    }

    /** The best freelancers for a project or ad-hoc needs, explained. {@code record}: count towards exposure. */
    public FreelancerMatches freelancersFor(MatchQuery q, int k, boolean record) {
        Ranking<Freelancer> ranking = matcher.freelancersFor(q, k, record ? TwoStageMatcher.Exposure.APPLY_AND_RECORD
                : TwoStageMatcher.Exposure.APPLY);
        Ranker ranker = matcher.ranker();
        List<FreelancerMatch> matches = new ArrayList<>(ranking.top().size());
        for (RankedCandidate<Freelancer> c : ranking.top()) {
            MatchExplanation why = explainer.explain(q, c.entity(), c.features(), ranker, TOP_CONTRIBUTIONS);
            matches.add(new FreelancerMatch(c.entity().id(), c.rank(), c.score(), c.candidate().similarity(), why));
        }
        return new FreelancerMatches(q.projectId(), ranking.rankerVersion(), ranking.encoder(), ranking.retrieved(),
                matches);
    }

    /** The open projects that suit a freelancer, each explained with what would raise the match. */
    public ProjectMatches projectsFor(Freelancer f, int k) {
        float[] profile = matcher.profileVector(f);
        Ranking<Project> ranking = matcher.projectsFor(f, profile, k);
        Ranker ranker = matcher.ranker();
        List<ProjectMatch> matches = new ArrayList<>(ranking.top().size());
        for (RankedCandidate<Project> c : ranking.top()) {
            MatchQuery q = MatchQuery.of(c.entity(), HardFilters.NONE);
            MatchExplanation why = explainer.explain(q, f, c.features(), ranker, TOP_CONTRIBUTIONS);
            double[] others = otherScores(q, f.id());
            Map<String, Double> known = signals.predictions(q.projectId(), List.of(f.id()));
            Double p = known.get(f.id());
            List<Improvement> raise = explainer.improvements(q, f, c.candidate().similarity(),
                    signals.activity(f.id()), p == null ? OptionalDouble.empty() : OptionalDouble.of(p), ranker,
                    others, TOP_IMPROVEMENTS);
            matches.add(new ProjectMatch(c.entity().id(), c.entity().title(), c.rank(), c.score(),
                    c.candidate().similarity(), why, raise));
        }
        return new ProjectMatches(f.id(), ranking.rankerVersion(), ranking.encoder(), ranking.retrieved(), matches);
    }

    /** What the project's own candidates score (without this freelancer), for "the rank it would give". */
    private double[] otherScores(MatchQuery q, String freelancerId) {
        List<RankedCandidate<Freelancer>> ranked = matcher.candidatesFor(q);
        return ranked.stream().filter(c -> !c.entity().id().equals(freelancerId)).mapToDouble(RankedCandidate::score)
                .toArray();
    }

    /** The recommendation for a posted project, as the event {@code eventId}; counts towards exposure. */
    public MatchRecommended recommend(Project project, String eventId) {
        FreelancerMatches matches = freelancersFor(MatchQuery.of(project, HardFilters.NONE), topK, true);
        List<RankedFreelancer> entries = new ArrayList<>(matches.matches().size());
        for (FreelancerMatch m : matches.matches()) {
            entries.add(new RankedFreelancer(m.freelancerId(), m.score(), m.rank(), m.explanation().reasons()));
        }
        return new MatchRecommended(eventId, Instant.now(), project.id(), matches.modelVersion(), entries);
    }

    public int defaultLimit() {
        return topK;
    }

    public Optional<Freelancer> freelancer(String id) {
        return matcher.freelancerRetriever().index().entity(id);
    }

    public String modelVersion() {
        return matcher.ranker().version();
    }
}
