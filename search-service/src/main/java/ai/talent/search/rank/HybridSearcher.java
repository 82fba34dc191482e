package ai.talent.search.rank;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Nullable;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.domain.text.TextSignals;
import ai.talent.search.encode.DenseEncoder;
import ai.talent.search.index.BrowsePage;
import ai.talent.search.index.FacetBuckets;
import ai.talent.search.index.FacetCounts;
import ai.talent.search.index.Filters;
import ai.talent.search.index.LexicalQuery;
import ai.talent.search.index.ProfileFields;
import ai.talent.search.index.ScoredFreelancer;
import ai.talent.search.index.SearchBackend;
import ai.talent.search.index.SortOrder;
import ai.talent.search.query.Constraint;
import ai.talent.search.query.ConstraintKind;
import ai.talent.search.query.QueryIntent;
import ai.talent.search.query.QueryParser;
import ai.talent.search.query.QueryShape;
import ai.talent.service.metrics.ModelMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The search itself: parse the query, run the BM25 leg and the kNN leg with the same hard filters, rank the
 * union of their candidates by how well each meets the intent, fuse the three rankings by weighted reciprocal
 * rank fusion (weights by query shape, the dense weight scaled by how readable the query is to the encoder), then
 * sort, count facets over all results, cut the page and explain each hit. An empty query browses instead.
 */
public final class HybridSearcher {

    private static final int SNIPPET_CHARS = 160;
    private static final Set<ConstraintKind> NUMERIC = Set.of(ConstraintKind.MIN_RATE, ConstraintKind.MAX_RATE,
            ConstraintKind.MIN_YEARS, ConstraintKind.AVAILABILITY);

    private final Supplier<SearchBackend> backend;
    private final DenseEncoder encoder;
    private final BooleanSupplier vectorsCurrent;
    private final Supplier<QueryParser> parser;
    private final SkillTaxonomy taxonomy;
    private final IntentFit intentFit;
    private final Settings settings;
    private volatile FusionWeights weights;
    /** Times the query encoder in the service (talent.model.*); none in offline tools. */
    private volatile ModelMetrics models;
    /** Where the BM25 leg runs while this thread runs the dense leg; null: one leg after the other. */
    private volatile Executor legs;

    /**
     * Candidates per leg, facet size, and whether Korean and mixed queries get the dense weight of English queries
     * of their length when the encoder reads Hangul ({@code talent.search.fusion.korean-dense-as-english}).
     */
    public record Settings(int candidatesPerLeg, int maxSkillFacets, boolean koreanDenseAsEnglish) {

        public Settings(int candidatesPerLeg, int maxSkillFacets) {
            this(candidatesPerLeg, maxSkillFacets, true);
        }

        public static Settings defaults() {
            return new Settings(150, 20);
        }
    }

    public HybridSearcher(Supplier<SearchBackend> backend, DenseEncoder encoder, Supplier<QueryParser> parser,
                          SkillTaxonomy taxonomy, FusionWeights weights, FitFactors factors, Settings settings) {
        this(backend, encoder, () -> true, parser, taxonomy, weights, factors, settings);
    }

    /**
     * @param vectorsCurrent whether the index's vectors come from {@code encoder}: while they do not (a changed
     *                       encoder, the index being rebuilt) the dense leg is off rather than comparing vectors of
     *                       two spaces
     */
    public HybridSearcher(Supplier<SearchBackend> backend, DenseEncoder encoder, BooleanSupplier vectorsCurrent,
                          Supplier<QueryParser> parser, SkillTaxonomy taxonomy, FusionWeights weights,
                          FitFactors factors, Settings settings) {
        this.backend = backend;
        this.vectorsCurrent = vectorsCurrent;
        this.encoder = encoder;
        this.parser = parser;
        this.taxonomy = taxonomy;
        this.weights = weights;
        this.intentFit = new IntentFit(taxonomy, factors);
        this.settings = settings;
    }

    public FusionWeights weights() {
        return weights;
    }

    /** Reports each query encoding to the service's model metrics. */
    public HybridSearcher observedBy(ModelMetrics modelMetrics) {
        this.models = modelMetrics;
        return this;
    }

    /**
     * Runs the BM25 leg on {@code executor} beside the dense leg (query encoding and kNN) instead of before it; the
     * results are the same, the search's time is the longer leg's instead of their sum. Null: one after the other.
     */
    public HybridSearcher legsOn(Executor executor) {
        this.legs = executor;
        return this;
    }

    private float[] queryVector(String text) {
        ModelMetrics m = models;
        return m == null ? encoder.query(text)
                : m.time("search-dense-encoder", encoder.name(), () -> encoder.query(text));
    }

    public void setWeights(FusionWeights newWeights) {
        this.weights = newWeights;
    }

    public QueryIntent parse(String query) {
        return parser.get().parse(query);
    }

    public SearchResult search(SearchRequest request) {
        return search(request, SearchStages.NONE);
    }

    /** A search that records where its time went, stage by stage, parsing included. */
    public SearchResult search(SearchRequest request, SearchStages stages) {
        long start = System.nanoTime();
        QueryIntent intent = parse(request.query());
        stages.since(SearchStages.Stage.PARSE, start);
        return search(request, intent, stages);
    }

    /** A search with an intent already parsed (the evaluation reuses one parse for the three modes). */
    public SearchResult search(SearchRequest request, QueryIntent intent) {
        return search(request, intent, SearchStages.NONE);
    }

    private SearchResult search(SearchRequest request, QueryIntent intent, SearchStages stages) {
        SearchBackend index = backend.get();
        if (intent.isEmpty()) {
            return browse(index, request, intent);
        }
        Retrieval retrieval = retrieve(request, intent, stages);
        long at = System.nanoTime();
        double[] w = weightsFor(intent.shape());
        List<Candidate> all = fuse(retrieval, w, request.mode(), request.sort());
        at = stages.since(SearchStages.Stage.FUSE, at);
        FacetCounts facets = facets(all);
        at = stages.since(SearchStages.Stage.FACETS, at);
        int from = Math.max(0, (request.page() - 1) * request.size());
        List<Candidate> page = all.subList(Math.min(from, all.size()), Math.min(all.size(), from + request.size()));
        withTexts(index, page);
        List<SearchHit> hits = new ArrayList<>();
        for (Candidate c : page) {
            hits.add(hit(c, intent));
        }
        stages.since(SearchStages.Stage.HITS, at);
        return new SearchResult(intent, all.size(), request.page(), request.size(), request.sort().wireName(),
                request.mode().name().toLowerCase(Locale.ROOT), hits, facets,
                new SearchResult.Fusion(intent.shape().key(), legWeight(w[0], retrieval, request.mode(), true),
                        legWeight(w[1], retrieval, request.mode(), false), w[2], retrieval.readability,
                        encoderName()), index.name(), Map.of());
    }

    /**
     * Both legs' candidates for a query, each with its ranks and its intent fit, before fusion. The evaluation
     * fuses one retrieval under many weightings; the service fuses it once.
     */
    public Retrieval retrieve(SearchRequest request, QueryIntent intent) {
        return retrieve(request, intent, SearchStages.NONE);
    }

    private Retrieval retrieve(SearchRequest request, QueryIntent intent, SearchStages stages) {
        SearchBackend index = backend.get();
        int depth = settings.candidatesPerLeg();
        boolean lexicalLeg = request.mode() != RetrievalMode.DENSE || !dense();
        boolean denseLeg = request.mode() != RetrievalMode.BM25 && dense();
        Callable<LexicalLeg> lexicalTask = lexicalLeg ? () -> lexicalLeg(index, request, intent, depth) : null;
        Legs<LexicalLeg, DenseLeg> found = bothLegs(lexicalTask, LexicalLeg.NONE, denseLeg,
                () -> denseLeg(index, request, intent, depth, stages), DenseLeg.NONE, stages);
        LexicalLeg lexical = found.lexical();
        List<ScoredFreelancer> dense = found.dense().hits();
        double readability = found.dense().readability();
        boolean beside = found.lexicalBeside();
        long at = System.nanoTime();
        // The BM25 candidates' fits are the leg thread's time when it ran beside, fusion's when it ran first.
        stages.add(SearchStages.Stage.BM25, lexical.nanos() + (beside ? lexical.fitNanos() : 0));
        stages.add(SearchStages.Stage.FUSE, beside ? 0 : lexical.fitNanos());
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (int i = 0; i < lexical.hits().size(); i++) {
            ScoredFreelancer s = lexical.hits().get(i);
            Candidate c = candidates.computeIfAbsent(s.id(), id -> new Candidate(s)).keep(s);
            c.bm25Rank = i + 1;
            c.bm25Score = s.score();
            c.fit = lexical.fits().get(i);
        }
        for (int i = 0; i < dense.size(); i++) {
            ScoredFreelancer s = dense.get(i);
            Candidate c = candidates.computeIfAbsent(s.id(), id -> new Candidate(s)).keep(s);
            c.denseRank = i + 1;
            c.denseScore = s.score();
        }
        List<Candidate> all = new ArrayList<>(candidates.values());
        for (Candidate c : all) {
            if (c.fit == null) {
                c.fit = intentFit.fit(intent, c.freelancer, c.stated);
            }
        }
        rankByFit(all);
        stages.since(SearchStages.Stage.FUSE, at);
        return new Retrieval(all, readability, !intent.constraints().isEmpty());
    }

    /**
     * The BM25 leg's candidates, best first, each with its intent fit (which depends on the intent and the profile
     * only, so it is computed on the leg's thread, beside the dense leg when the legs run in parallel), and the time
     * each took.
     */
    private record LexicalLeg(List<ScoredFreelancer> hits, List<IntentFit.Fit> fits, long nanos, long fitNanos) {
        static final LexicalLeg NONE = new LexicalLeg(List.of(), List.of(), 0, 0);
    }

    private LexicalLeg lexicalLeg(SearchBackend index, SearchRequest request, QueryIntent intent, int depth) {
        long start = System.nanoTime();
        List<ScoredFreelancer> hits = index.lexical(new LexicalQuery(lexicalText(intent), intent.skillIds()),
                request.filters(), depth);
        long searched = System.nanoTime();
        List<IntentFit.Fit> fits = new ArrayList<>(hits.size());
        for (ScoredFreelancer s : hits) {
            fits.add(intentFit.fit(intent, s.freelancer(), s.stated()));
        }
        return new LexicalLeg(hits, fits, searched - start, System.nanoTime() - searched);
    }

    /** The dense leg's candidates and the query's readability to the encoder. */
    private record DenseLeg(List<ScoredFreelancer> hits, double readability) {
        static final DenseLeg NONE = new DenseLeg(List.of(), 0);
    }

    private DenseLeg denseLeg(SearchBackend index, SearchRequest request, QueryIntent intent, int depth,
                              SearchStages stages) {
        long at = System.nanoTime();
        String text = denseText(intent);
        double readability = encoder.readability(text);
        if (readability <= 0 && request.mode() != RetrievalMode.DENSE) {
            stages.since(SearchStages.Stage.ENCODE, at);
            return new DenseLeg(List.of(), readability);
        }
        float[] vector = queryVector(text);
        at = stages.since(SearchStages.Stage.ENCODE, at);
        List<ScoredFreelancer> hits = index.knn(vector, request.filters(), depth);
        stages.since(SearchStages.Stage.KNN, at);
        return new DenseLeg(hits, readability);
    }

    /** What the two legs of a search found, and whether the lexical leg ran on a leg thread. */
    private record Legs<L, D>(L lexical, D dense, boolean lexicalBeside) {
    }

    /**
     * Runs a search's two legs: the lexical leg on a leg thread while this thread runs the dense leg, when both run
     * and a leg executor is set; otherwise the lexical leg first, then the dense leg, on this thread. A failed dense
     * leg cancels the lexical leg beside it; a failed lexical leg fails the search as itself (a 503 stays a 503).
     *
     * @param lexical    the lexical leg, or null when it does not run ({@code noLexical} stands for its result)
     * @param denseRuns  whether the dense leg runs ({@code noDense} stands for its result when it does not)
     * @param stages     the time this thread waited for the lexical leg after its dense leg is recorded as WAIT
     */
    private <L, D> Legs<L, D> bothLegs(@Nullable Callable<L> lexical, L noLexical, boolean denseRuns,
                                       Callable<D> dense, D noDense, SearchStages stages) {
        Executor on = legs;
        FutureTask<L> beside = lexical != null && denseRuns && on != null ? new FutureTask<>(lexical) : null;
        L lexicalResult = noLexical;
        if (beside != null) {
            on.execute(beside);
        } else if (lexical != null) {
            lexicalResult = call(lexical);
        }
        D denseResult = noDense;
        if (denseRuns) {
            try {
                denseResult = call(dense);
            } catch (RuntimeException | Error e) {
                if (beside != null) {
                    beside.cancel(false);
                }
                throw e;
            }
        }
        if (beside != null) {
            long at = System.nanoTime();
            lexicalResult = await(beside);
            stages.since(SearchStages.Stage.WAIT, at);
        }
        return new Legs<>(lexicalResult, denseResult, beside != null);
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The leg's result; its failure rethrown as it was thrown (a 503 stays a 503). */
    private static <T> T await(FutureTask<T> leg) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return leg.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Ranks candidates by fit; equal fits share the better rank, so that the fit leg never orders equals (by id,
     * say) and leaves them to the other legs.
     */
    private static void rankByFit(List<Candidate> candidates) {
        List<Candidate> byFit = new ArrayList<>(candidates);
        byFit.sort(Comparator.comparingDouble((Candidate c) -> -c.fit.score()));
        for (int i = 0; i < byFit.size(); i++) {
            boolean tie = i > 0 && Math.abs(byFit.get(i).fit.score() - byFit.get(i - 1).fit.score()) < 1e-9;
            byFit.get(i).fitRank = tie ? byFit.get(i - 1).fitRank : i + 1;
        }
    }

    /** The legs' candidates of one query with their ranks, fits, and the query's readability to the encoder. */
    public static final class Retrieval {
        private final List<Candidate> candidates;
        private final double readability;
        private final boolean constrained;

        /** {@code constrained}: the intent has constraints, so the fit leg ranks by relevance, not track record alone. */
        Retrieval(List<Candidate> candidates, double readability, boolean constrained) {
            this.candidates = candidates;
            this.readability = readability;
            this.constrained = constrained;
        }

        public double readability() {
            return readability;
        }
    }

    /**
     * The same candidates with their intent fit computed under other factors (the evaluation tunes the factors on
     * validation queries without retrieving again).
     */
    public Retrieval refit(Retrieval retrieval, QueryIntent intent, FitFactors factors) {
        IntentFit other = new IntentFit(taxonomy, factors);
        List<Candidate> copies = new ArrayList<>();
        for (Candidate c : retrieval.candidates) {
            Candidate copy = new Candidate(c.freelancer, c.texts, c.stated);
            copy.bm25Rank = c.bm25Rank;
            copy.bm25Score = c.bm25Score;
            copy.denseRank = c.denseRank;
            copy.denseScore = c.denseScore;
            copy.fit = other.fit(intent, c.freelancer, c.stated);
            copies.add(copy);
        }
        rankByFit(copies);
        return new Retrieval(copies, retrieval.readability, retrieval.constrained);
    }

    /** Freelancer ids of a retrieval fused under weights {bm25, dense, fit}, best first. */
    public List<String> rank(Retrieval retrieval, double[] weights, RetrievalMode mode) {
        return fuse(retrieval, weights, mode, SortOrder.RELEVANCE).stream().map(c -> c.freelancer.id()).toList();
    }

    private double legWeight(double w, Retrieval r, RetrievalMode mode, boolean lexical) {
        if (lexical) {
            return mode == RetrievalMode.DENSE ? 0 : w;
        }
        return mode == RetrievalMode.BM25 || !dense() ? 0 : mode == RetrievalMode.DENSE ? w : w * r.readability;
    }

    /** Whether the dense leg runs: an encoder is configured and the index holds its vectors. */
    private boolean dense() {
        return encoder != null && vectorsCurrent.getAsBoolean();
    }

    private String encoderName() {
        return encoder == null ? "none" : vectorsCurrent.getAsBoolean() ? encoder.name()
                : encoder.name() + " (dense leg off: the index is being rebuilt with it)";
    }

    /**
     * {bm25, dense, fit} for a query shape. The configured Korean and mixed weights are for an encoder that cannot
     * read Hangul; one that can (its vocabulary has Korean units) reads a Korean query as well as an English one, so
     * the dense weight of the English shape of the same length is restored (unless turned off in the settings).
     */
    public double[] weightsFor(QueryShape shape) {
        double[] w = weights.of(shape);
        if (encoder == null || !settings.koreanDenseAsEnglish() || !encoder.readsHangul()
                || shape.script() == QueryShape.Script.EN) {
            return w;
        }
        double[] english = weights.of(new QueryShape(QueryShape.Script.EN, shape.shortQuery()));
        return new double[] {w[0], english[1], w[2]};
    }

    /**
     * Weighted reciprocal rank fusion of the legs the mode uses and of the intent-fit ranking; the dense weight is
     * scaled by the query's readability, except when the dense leg is all there is.
     */
    private List<Candidate> fuse(Retrieval retrieval, double[] w, RetrievalMode mode, SortOrder sort) {
        double k = weights.k();
        double bm25 = legWeight(w[0], retrieval, mode, true);
        double dense = legWeight(w[1], retrieval, mode, false);
        List<Candidate> all = new ArrayList<>();
        for (Candidate c : retrieval.candidates) {
            boolean inMode = mode == RetrievalMode.HYBRID || (mode == RetrievalMode.BM25 ? c.bm25Rank > 0 : c.denseRank > 0);
            if (!inMode) {
                continue;
            }
            double score = 0;
            if (c.bm25Rank > 0) {
                score += bm25 / (k + c.bm25Rank);
            }
            if (c.denseRank > 0) {
                score += dense / (k + c.denseRank);
            }
            if (retrieval.constrained) {
                score += w[2] / (k + c.fitRank);
            }
            c.score = score;
            all.add(c);
        }
        all.sort(order(sort));
        return all;
    }

    /** Freelancers like this one: its profile as the dense query and its skills as the lexical one. */
    public SearchResult similar(Freelancer f, Filters filters, int size) {
        SearchBackend index = backend.get();
        Filters without = filters.excluding(f.id());
        List<String> skills = f.skills().stream().map(SkillLevel::skillId).toList();
        Legs<List<ScoredFreelancer>, List<ScoredFreelancer>> found = bothLegs(
                () -> index.lexical(new LexicalQuery(f.headline(), skills), without, settings.candidatesPerLeg()),
                List.of(), dense(), () -> index.knn(encoder.profile(f), without, settings.candidatesPerLeg()),
                List.of(), SearchStages.NONE);
        List<ScoredFreelancer> lexical = found.lexical();
        List<ScoredFreelancer> dense = found.dense();
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (int i = 0; i < lexical.size(); i++) {
            ScoredFreelancer s = lexical.get(i);
            Candidate c = candidates.computeIfAbsent(s.id(), id -> new Candidate(s)).keep(s);
            c.bm25Rank = i + 1;
            c.bm25Score = s.score();
        }
        for (int i = 0; i < dense.size(); i++) {
            ScoredFreelancer s = dense.get(i);
            Candidate c = candidates.computeIfAbsent(s.id(), id -> new Candidate(s)).keep(s);
            c.denseRank = i + 1;
            c.denseScore = s.score();
        }
        double k = weights.k();
        QueryIntent intent = QueryIntent.empty();
        for (Candidate c : candidates.values()) {
            c.fit = new IntentFit.Fit(1, 1, List.of());
            c.score = (c.bm25Rank > 0 ? 1 / (k + c.bm25Rank) : 0) + (c.denseRank > 0 ? 1 / (k + c.denseRank) : 0);
        }
        List<Candidate> all = new ArrayList<>(candidates.values());
        all.sort(order(SortOrder.RELEVANCE));
        List<SearchHit> hits = new ArrayList<>();
        Set<String> sourceSkills = new LinkedHashSet<>(skills);
        List<Candidate> page = all.subList(0, Math.min(size, all.size()));
        withTexts(index, page);
        for (Candidate c : page) {
            hits.add(hit(c, intent, sourceSkills));
        }
        return new SearchResult(intent, all.size(), 1, size, SortOrder.RELEVANCE.wireName(), "similar", hits,
                facets(all), new SearchResult.Fusion("similar", 1, dense() ? 1 : 0, 0, 1,
                        encoderName()), index.name(), Map.of());
    }

    private SearchResult browse(SearchBackend index, SearchRequest request, QueryIntent intent) {
        int from = Math.max(0, (request.page() - 1) * request.size());
        BrowsePage page = index.browse(request.filters(), request.sort(), from, request.size());
        List<SearchHit> hits = new ArrayList<>();
        for (ScoredFreelancer s : page.hits()) {
            Candidate c = new Candidate(s);
            c.fit = new IntentFit.Fit(1, 1, List.of());
            hits.add(hit(c, intent));
        }
        return new SearchResult(intent, page.total(), request.page(), request.size(), request.sort().wireName(),
                "browse", hits, index.facets(request.filters(), settings.maxSkillFacets()),
                new SearchResult.Fusion("browse", 0, 0, 0, 0, encoderName()), index.name(), Map.of());
    }

    /** The query without its rate, years and hours phrases: the words BM25 should look for. */
    static String lexicalText(QueryIntent intent) {
        StringBuilder text = new StringBuilder();
        String q = intent.query();
        int at = 0;
        for (Constraint c : intent.constraints()) {
            if (NUMERIC.contains(c.kind()) && c.start() >= at) {
                text.append(q, at, c.start()).append(' ');
                at = c.end();
            }
        }
        text.append(q.substring(Math.min(at, q.length())));
        return text.toString().trim();
    }

    /**
     * What the dense leg encodes: the query, followed by the English names of what the rules recognised (skills,
     * role, domain, region), so an English encoder reads a Korean query's intent too.
     */
    String denseText(QueryIntent intent) {
        Set<String> parts = new LinkedHashSet<>();
        for (Constraint c : intent.constraints()) {
            switch (c.kind()) {
                case SKILL -> taxonomy.byId(c.value()).ifPresent(s -> parts.add(s.nameEn()));
                case ROLE -> parts.add(c.value());
                case DOMAIN -> parts.add(c.value());
                case REGION -> parts.add(ai.talent.domain.model.Region.valueOf(c.value()).nameEn());
                default -> {
                }
            }
        }
        String canonical = String.join(", ", parts);
        String typed = lexicalText(intent);
        return canonical.isEmpty() ? typed : typed + " | " + canonical;
    }

    private static Comparator<Candidate> order(SortOrder sort) {
        Comparator<Candidate> relevance = Comparator.comparingDouble((Candidate c) -> -c.score)
                .thenComparing(c -> c.freelancer.id());
        return switch (sort) {
            case RELEVANCE -> relevance;
            case RATING -> Comparator.comparingDouble((Candidate c) -> -ProfileFields.ratingScore(c.freelancer))
                    .thenComparing(relevance);
            case RATE_ASC -> Comparator.comparingLong((Candidate c) -> c.freelancer.hourlyRate().amount())
                    .thenComparing(relevance);
            case RATE_DESC -> Comparator.comparingLong((Candidate c) -> -c.freelancer.hourlyRate().amount())
                    .thenComparing(relevance);
            case YEARS -> Comparator.comparingDouble((Candidate c) -> -ProfileFields.years(c.freelancer))
                    .thenComparing(relevance);
            case AVAILABILITY -> Comparator.comparingInt((Candidate c) -> -c.freelancer.availabilityHoursPerWeek())
                    .thenComparing(relevance);
        };
    }

    private FacetCounts facets(List<Candidate> all) {
        Map<String, Long> skills = new HashMap<>();
        Map<String, Long> regions = new HashMap<>();
        Map<String, Long> rates = new HashMap<>();
        Map<String, Long> years = new HashMap<>();
        for (Candidate c : all) {
            Freelancer f = c.freelancer;
            f.skills().stream().map(SkillLevel::skillId).distinct().forEach(s -> skills.merge(s, 1L, Long::sum));
            regions.merge(f.region().name(), 1L, Long::sum);
            rates.merge(FacetBuckets.rateKey(f.hourlyRate().amount()), 1L, Long::sum);
            years.merge(FacetBuckets.yearsKey(ProfileFields.years(f)), 1L, Long::sum);
        }
        return FacetCounts.of(skills, regions, rates, years, settings.maxSkillFacets());
    }

    private SearchHit hit(Candidate c, QueryIntent intent) {
        return hit(c, intent, new LinkedHashSet<>(intent.skillIds()));
    }

    private SearchHit hit(Candidate c, QueryIntent intent, Set<String> askedSkills) {
        Freelancer f = c.freelancer;
        List<SearchHit.HitSkill> skills = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        for (SkillLevel s : f.skills()) {
            Skill skill = taxonomy.byId(s.skillId()).orElse(null);
            boolean matched = askedSkills.contains(s.skillId());
            skills.add(new SearchHit.HitSkill(s.skillId(), skill == null ? s.skillId() : skill.nameEn(),
                    skill == null ? s.skillId() : skill.nameKo(), s.level(), s.years(), matched));
            if (matched && skill != null) {
                marks.add(skill.nameEn());
                marks.add(skill.nameKo());
                marks.addAll(skill.aliases());
            }
        }
        skills.sort(Comparator.comparing((SearchHit.HitSkill s) -> !s.matched()));
        List<String> words = queryWords(intent);
        String profile = (f.headline() + "\n" + f.bio() + "\n" + f.displayName()).toLowerCase(Locale.ROOT);
        List<String> matchedTerms = new ArrayList<>();
        for (String w : words) {
            if (profile.contains(w) && !matchedTerms.contains(w)) {
                matchedTerms.add(w);
            }
        }
        marks.addAll(matchedTerms);
        SearchHit.Legs legs = new SearchHit.Legs(c.bm25Rank, c.bm25Score, c.denseRank, c.denseScore, c.fitRank,
                c.fit == null ? 0 : c.fit.score());
        return new SearchHit(f.id(), f.displayName(), f.headline(), c.score, f.hourlyRate().amount(),
                f.ratingAverage(), f.ratingCount(), f.region().name(), f.remoteOk(), f.availabilityHoursPerWeek(),
                f.spokenLanguages(), ProfileFields.years(f), skills, matchedTerms,
                Highlighter.highlight(f.headline(), marks, SNIPPET_CHARS),
                Highlighter.highlight(f.bio(), marks, SNIPPET_CHARS),
                c.fit == null ? List.of() : c.fit.checks(), legs);
    }

    /** The query's words worth finding in a profile: free text and the words of recognised phrases, particles off. */
    private static List<String> queryWords(QueryIntent intent) {
        List<String> out = new ArrayList<>();
        String q = intent.query();
        for (Constraint c : intent.constraints()) {
            if (!NUMERIC.contains(c.kind())) {
                addWords(out, q.substring(c.start(), c.end()));
            }
        }
        addWords(out, intent.freeText());
        return out;
    }

    private static void addWords(List<String> out, String text) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+#]+")) {
            if (w.length() < 2) {
                continue;
            }
            String stem = stripParticle(w);
            if (!out.contains(stem)) {
                out.add(stem);
            }
        }
    }

    private static String stripParticle(String w) {
        for (String p : List.of("에서", "으로", "을", "를", "이", "가", "은", "는", "에", "로", "의", "와", "과")) {
            if (w.length() > p.length() + 1 && w.endsWith(p)
                    && Character.UnicodeScript.of(w.charAt(0)) == Character.UnicodeScript.HANGUL) {
                return w.substring(0, w.length() - p.length());
            }
        }
        return w;
    }

    /**
     * Reads the whole profiles of the shown candidates that came without their texts (the legs read the rest of a
     * profile only: fit, facets, sorting and fusion need no more); one deleted since keeps what the leg read.
     */
    private static void withTexts(SearchBackend index, List<Candidate> shown) {
        List<String> ids = shown.stream().filter(c -> !c.texts).map(c -> c.freelancer.id()).toList();
        if (ids.isEmpty()) {
            return;
        }
        Map<String, Freelancer> whole = index.withTexts(ids);
        for (Candidate c : shown) {
            Freelancer f = whole.get(c.freelancer.id());
            if (f != null && !c.texts) {
                c.freelancer = f;
                c.texts = true;
            }
        }
    }

    /** One freelancer on its way through fusion. */
    private static final class Candidate {
        /** The profile; without headline and bio until {@link #texts} (only the shown hits need them). */
        Freelancer freelancer;
        boolean texts;
        /** What the texts state as read at indexing, or null to read them from {@link #freelancer}'s texts. */
        TextSignals.Profile stated;
        int bm25Rank;
        double bm25Score;
        int denseRank;
        double denseScore;
        int fitRank;
        IntentFit.Fit fit;
        double score;

        Candidate(Freelancer freelancer, boolean texts, TextSignals.Profile stated) {
            this.freelancer = freelancer;
            this.texts = texts;
            this.stated = stated;
        }

        Candidate(ScoredFreelancer hit) {
            this(hit.freelancer(), hit.texts(), hit.stated());
        }

        /** Takes the other leg's profile when it came with the texts this one lacks. */
        Candidate keep(ScoredFreelancer hit) {
            if (hit.texts() && !texts) {
                freelancer = hit.freelancer();
                texts = true;
            }
            if (stated == null) {
                stated = hit.stated();
            }
            return this;
        }
    }
}
