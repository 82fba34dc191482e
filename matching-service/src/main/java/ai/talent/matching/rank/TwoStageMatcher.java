package ai.talent.matching.rank;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.model.SkillRequirement;
import ai.talent.matching.retrieval.Candidate;
import ai.talent.matching.retrieval.CandidateRetriever;
import ai.talent.matching.retrieval.HardFilters;
import ai.talent.matching.retrieval.IndexFilter;
import ai.talent.matching.retrieval.WantedSkill;
import ai.talent.matching.text.MatchTexts;
import ai.talent.matching.text.TextVectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * Two-stage matching in both directions. A project's text is encoded by the project tower; retrieval takes the
 * nearest profiles (HNSW) and the profiles sharing its skills, within its hard filters; the ranker scores every
 * candidate from its features; the exposure cap and MMR (both optional) shape the top-k. A freelancer's profile
 * vector finds open projects the same way, scored by the same ranker.
 */
public final class TwoStageMatcher {

    /** Whether a ranking honours the exposure cap, and whether it counts towards it. */
    public enum Exposure { IGNORE, APPLY, APPLY_AND_RECORD }

    private final TextVectors encoder;
    private final MatchTexts texts;
    private final CandidateRetriever<Freelancer> freelancers;
    private final CandidateRetriever<Project> projects;
    private final MatchFeatures features;
    private final Supplier<Ranker> ranker;
    private final MatchSignals signals;
    private final RemotePredictions remote;
    private final MatcherSettings settings;
    private final ExposureCounts cap;

    /**
     * @param projects  may be null (no freelancer → projects direction)
     * @param remote    may be null (no calls to the success predictor)
     * @param ranker    read on every ranking, so that a newly promoted ranker takes over at once
     */
    public TwoStageMatcher(TextVectors encoder, MatchTexts texts, CandidateRetriever<Freelancer> freelancers,
                           CandidateRetriever<Project> projects, MatchFeatures features, Supplier<Ranker> ranker,
                           MatchSignals signals, RemotePredictions remote, MatcherSettings settings) {
        this(encoder, texts, freelancers, projects, features, ranker, signals, remote, settings,
                settings.exposureShare() > 0 ? new ExposureCap(settings.exposureShare(), settings.exposureWindow())
                        : null);
    }

    /**
     * @param exposure the counts the exposure cap reads and records into (the service's, folded from its
     *                 recommendations topic); null: no cap
     */
    public TwoStageMatcher(TextVectors encoder, MatchTexts texts, CandidateRetriever<Freelancer> freelancers,
                           CandidateRetriever<Project> projects, MatchFeatures features, Supplier<Ranker> ranker,
                           MatchSignals signals, RemotePredictions remote, MatcherSettings settings,
                           ExposureCounts exposure) {
        this.encoder = encoder;
        this.texts = texts;
        this.freelancers = freelancers;
        this.projects = projects;
        this.features = features;
        this.ranker = ranker;
        this.signals = signals;
        this.remote = remote;
        this.settings = settings;
        this.cap = exposure;
    }

    public MatchFeatures features() {
        return features;
    }

    public Ranker ranker() {
        return ranker.get();
    }

    public TextVectors encoder() {
        return encoder;
    }

    public MatchTexts texts() {
        return texts;
    }

    public CandidateRetriever<Freelancer> freelancerRetriever() {
        return freelancers;
    }

    /** The project tower's vector of a query. */
    public float[] embed(MatchQuery q) {
        return encoder.embed(List.of(texts.project(q.title(), q.description(), q.required(), q.niceToHave())))[0];
    }

    /** A freelancer's profile vector: the indexed one when the index holds it, else the profile tower's. */
    public float[] profileVector(Freelancer f) {
        return freelancers.index().vector(f.id())
                .orElseGet(() -> encoder.embed(List.of(texts.profile(f)))[0]);
    }

    /** Every candidate of a project scored by the ranker, best first (no cap, no MMR, no remote calls). */
    public List<RankedCandidate<Freelancer>> candidatesFor(MatchQuery q) {
        return rank(q, freelancers.retrieve(embed(q), wanted(q), IndexFilter.of(q.filters())), ranker.get());
    }

    /** The top-k freelancers for a project. */
    public Ranking<Freelancer> freelancersFor(MatchQuery q, int k, Exposure exposure) {
        return freelancersFor(q, embed(q), k, exposure);
    }

    public Ranking<Freelancer> freelancersFor(MatchQuery q, float[] vector, int k, Exposure exposure) {
        List<Candidate<Freelancer>> candidates = freelancers.retrieve(vector, wanted(q), IndexFilter.of(q.filters()));
        Ranker r = ranker.get();
        List<RankedCandidate<Freelancer>> ranked = rank(q, candidates, r);
        if (remote != null && q.projectId() != null && settings.remoteTop() > 0) {
            ranked = withRemotePredictions(q, ranked, r);
        }
        List<RankedCandidate<Freelancer>> top = top(q.projectId(), ranked, k, exposure);
        return new Ranking<>(top, candidates.size(), r.version(), encoder.fingerprint());
    }

    /** Every candidate scored by the ranker, best first (no cap, no MMR). */
    public List<RankedCandidate<Freelancer>> rank(MatchQuery q, List<Candidate<Freelancer>> candidates, Ranker r) {
        List<String> ids = candidates.stream().map(c -> c.entity().id()).toList();
        Map<String, Double> known = q.projectId() == null ? Map.of() : signals.predictions(q.projectId(), ids);
        float[][] x = new float[candidates.size()][];
        for (int i = 0; i < candidates.size(); i++) {
            Candidate<Freelancer> c = candidates.get(i);
            Double p = known.get(c.entity().id());
            x[i] = features.of(q, null, c.entity(), c.signals(), c.similarity(), signals.activity(c.entity().id()),
                    p == null ? OptionalDouble.empty() : OptionalDouble.of(p));
        }
        return sorted(candidates, x, r.score(x));
    }

    private List<RankedCandidate<Freelancer>> withRemotePredictions(MatchQuery q,
                                                                    List<RankedCandidate<Freelancer>> ranked,
                                                                    Ranker r) {
        int n = Math.min(settings.remoteTop(), ranked.size());
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (ranked.get(i).features()[MatchFeature.SUCCESS_KNOWN.ordinal()] == 0f) {
                unknown.add(ranked.get(i).entity().id());
            }
        }
        if (unknown.isEmpty()) {
            return ranked;
        }
        Map<String, Double> fetched = remote.fetch(q.projectId(), unknown);
        if (fetched.isEmpty()) {
            return ranked;
        }
        List<Candidate<Freelancer>> candidates = new ArrayList<>(ranked.size());
        float[][] x = new float[ranked.size()][];
        for (int i = 0; i < ranked.size(); i++) {
            RankedCandidate<Freelancer> c = ranked.get(i);
            candidates.add(c.candidate());
            x[i] = c.features().clone();
            Double p = fetched.get(c.entity().id());
            if (p != null) {
                x[i][MatchFeature.PREDICTED_SUCCESS.ordinal()] = (float) (p - 0.5);
                x[i][MatchFeature.SUCCESS_KNOWN.ordinal()] = 1f;
            }
        }
        return sorted(candidates, x, r.score(x));
    }

    /** Open projects for a freelancer: retrieved by the profile's vector and skills, scored by the same ranker. */
    public Ranking<Project> projectsFor(Freelancer f, float[] profileVector, int k) {
        if (projects == null) {
            throw new IllegalStateException("this matcher has no project index");
        }
        List<WantedSkill> skills = new ArrayList<>();
        for (SkillLevel s : f.skills()) {
            skills.add(new WantedSkill(s.skillId(), s.level(), 1.0));
        }
        IndexFilter filter = IndexFilter.openProjects(f.remoteOk() ? null : f.region());
        List<Candidate<Project>> candidates = projects.retrieve(profileVector, skills, filter);
        Ranker r = ranker.get();
        FreelancerActivity activity = signals.activity(f.id());
        float[][] x = new float[candidates.size()][];
        for (int i = 0; i < candidates.size(); i++) {
            Candidate<Project> c = candidates.get(i);
            Map<String, Double> known = signals.predictions(c.entity().id(), List.of(f.id()));
            Double p = known.get(f.id());
            x[i] = features.of(MatchQuery.of(c.entity(), HardFilters.NONE), c.signals(), f, null, c.similarity(),
                    activity, p == null ? OptionalDouble.empty() : OptionalDouble.of(p));
        }
        List<RankedCandidate<Project>> ranked = sorted(candidates, x, r.score(x));
        List<RankedCandidate<Project>> top = new ArrayList<>();
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            top.add(ranked.get(i).withRank(i + 1));
        }
        return new Ranking<>(top, candidates.size(), r.version(), encoder.fingerprint());
    }

    private List<RankedCandidate<Freelancer>> top(String projectId, List<RankedCandidate<Freelancer>> ranked, int k,
                                                  Exposure exposure) {
        List<RankedCandidate<Freelancer>> pool = ranked;
        if (cap != null && exposure != Exposure.IGNORE) {
            pool = new ArrayList<>();
            for (RankedCandidate<Freelancer> c : ranked) {
                if (cap.allows(c.entity().id())) {
                    pool.add(c);
                }
            }
        }
        int depth = settings.mmrLambda() < 1.0 ? Math.min(pool.size(), Math.max(k, settings.mmrDepth())) : k;
        List<RankedCandidate<Freelancer>> picked = Mmr.rerank(pool.subList(0, Math.min(depth, pool.size())),
                settings.mmrLambda(), k);
        List<RankedCandidate<Freelancer>> top = new ArrayList<>(picked.size());
        for (int i = 0; i < picked.size(); i++) {
            top.add(picked.get(i).withRank(i + 1));
        }
        if (cap != null && exposure == Exposure.APPLY_AND_RECORD) {
            cap.record(projectId, top.stream().map(c -> c.entity().id()).toList());
        }
        return top;
    }

    private static <T> List<RankedCandidate<T>> sorted(List<Candidate<T>> candidates, float[][] x, float[] scores) {
        List<RankedCandidate<T>> ranked = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            ranked.add(new RankedCandidate<>(candidates.get(i), x[i], scores[i], 0));
        }
        ranked.sort(Comparator.comparingDouble((RankedCandidate<T> c) -> c.score()).reversed());
        List<RankedCandidate<T>> out = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            out.add(ranked.get(i).withRank(i + 1));
        }
        return out;
    }

    /** The skill leg's terms: required skills at full weight, nice-to-have at half. */
    public static List<WantedSkill> wanted(MatchQuery q) {
        List<WantedSkill> wanted = new ArrayList<>();
        for (SkillRequirement r : q.required()) {
            wanted.add(new WantedSkill(r.skillId(), r.minLevel(), 1.0));
        }
        for (SkillRequirement r : q.niceToHave()) {
            wanted.add(new WantedSkill(r.skillId(), r.minLevel(), 0.5));
        }
        return wanted;
    }

    /** Exposure counts so far (for reports). */
    public Map<String, Integer> exposureOf(List<String> ids) {
        Map<String, Integer> out = new HashMap<>();
        if (cap != null) {
            ids.forEach(id -> out.put(id, cap.appearances(id)));
        }
        return out;
    }
}
