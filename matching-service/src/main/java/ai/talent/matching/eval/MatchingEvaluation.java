package ai.talent.matching.eval;

import ai.djl.ndarray.NDManager;
import ai.talent.domain.model.Freelancer;
import ai.talent.matching.rank.DefaultRanker;
import ai.talent.matching.rank.FreelancerActivity;
import ai.talent.matching.rank.MatchFeatures;
import ai.talent.matching.rank.MatchQuery;
import ai.talent.matching.rank.MatchSignals;
import ai.talent.matching.rank.MatcherSettings;
import ai.talent.matching.rank.MlpRanker;
import ai.talent.matching.rank.Ranker;
import ai.talent.matching.rank.Ranking;
import ai.talent.matching.rank.TwoStageMatcher;
import ai.talent.matching.retrieval.Candidate;
import ai.talent.matching.retrieval.CandidateRetriever;
import ai.talent.matching.retrieval.FreelancerKind;
import ai.talent.matching.retrieval.HardFilters;
import ai.talent.matching.retrieval.IndexFilter;
import ai.talent.matching.retrieval.IndexHit;
import ai.talent.matching.retrieval.IndexSettings;
import ai.talent.matching.retrieval.LuceneVectorIndex;
import ai.talent.matching.retrieval.RetrievalSettings;
import ai.talent.matching.text.ChunkedEncoder;
import ai.talent.matching.text.EncoderSettings;
import ai.talent.matching.text.MatchEncoders;
import ai.talent.matching.text.MatchTexts;
import ai.talent.matching.text.TowerBase;
import ai.talent.nn.text.EncoderChoice;
import ai.talent.nn.text.EncoderSelection;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.matching.text.Vectors;
import ai.talent.matching.tool.ToolArgs;
import ai.talent.matching.train.CrossFit;
import ai.talent.matching.train.EncoderTrainer;
import ai.talent.matching.train.MarketHistory;
import ai.talent.matching.train.PastProject;
import ai.talent.matching.train.PoolVectors;
import ai.talent.matching.train.RankerTrainer;
import ai.talent.matching.train.RankingList;
import ai.talent.matching.train.TrainingRun;
import ai.talent.matching.train.SuccessEstimates;
import ai.talent.matching.train.sim.SimulatedSuccess;
import ai.talent.sim.SimConfig;
import ai.talent.sim.harness.ApplicantTask;
import ai.talent.sim.harness.HarnessConfig;
import ai.talent.sim.harness.ScoringHarness;
import ai.talent.sim.harness.TaskReport;
import ai.talent.sim.text.TextHalf;
import ai.talent.nn.compress.EscoTitles;
import ai.talent.nn.compress.RetrievalScores;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.eval.Bootstrap;
import ai.talent.nn.text.ContrastiveFineTuner;
import ai.talent.nn.text.InferenceEngine;
import ai.talent.nn.transformer.BertEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * {@code ./talent eval matching}: trains the towers' encoder and the ranker on the training markets' hires, then
 * scores on other markets (other seeds) the projects posted after each market's time cut that hired someone:
 * retrieval Recall@50 of the hired freelancer over the whole pool, and the final ranking's NDCG@10, Precision@5 and
 * MRR — over the project's applicants (the simulator's applicant-ranking task, where the oracle's true fit is
 * known) and end to end over the whole pool — beside BM25 on skills, the pretrained encoder, retrieval without the
 * ranker, a structured logistic regression and the oracle, with the share of headroom closed. Then the exposure
 * cap's effect, and ESCO job-title retrieval (MRR@10) of the fine-tuned encoder beside the pretrained one.
 */
public final class MatchingEvaluation {

    static final String USAGE = """
            Usage: ./talent eval matching [options]
              Trains matching's encoder (fine-tuned MiniLM) and ranker on simulated training markets and scores them on
              other simulated markets after their time cut (projects with a hire): retrieval Recall@50, NDCG@10,
              Precision@5, MRR beside BM25 on skills, the pretrained encoder, retrieval alone, a structured logistic
              regression and the oracle; the exposure cap; ESCO titles MRR@10 (real data). Last line: one JSON object.
            Options:
              --train-seeds S,S   training markets (default 101,102)
              --test-seeds S,S    test markets (default 201,202)
              --freelancers N     freelancers per market (default 2000)
              --projects N        projects per market (default 2000)
              --encoder-steps N   fine-tuning steps (default 300)
              --encoder-batch N   pairs per step (default 16)
              --encoder-tokens N  word pieces per training text (default 256)
              --ranker-epochs N   ranker epochs (default 60)
              --exposure-share F  exposure cap: share of recent lists a freelancer may appear in (default 0.02)
              --esco-queries N    ESCO alternative titles sampled (default 3000; 0 = all 29,997; -1 = skip)
              --data DIR          shared data folder (default ../shared/data)
              --reports DIR       report folder (default target/reports/matching)
              --bootstrap N       bootstrap resamples (default 1000)
              --vector-cache DIR|none  the pools' profile vectors kept between runs, a file per vector space
                                  (default target/embedding-cache/matching; the fine-tuned towers' space
                                  includes their weights' digest)
              --encoder E         the towers' base, the suite's encoder choice: teacher | bilingual | domain |
                                  domain-bilingual | auto (default $TALENT_ENCODER or auto, as the service);
                                  a choice the registry lacks falls back to the teacher and says so
              --registry DIR      model registry holding the base (default $TALENT_MODEL_REGISTRY or
                                  target/models/registry)
              --no-cross-fit      the ranker's training lists read the similarity of the towers fine-tuned on
                                  every training hire, theirs included, instead of towers fine-tuned on the
                                  other half of the hires (half the steps each; see the README)
              --quick             one small market each side, 60 steps, 1000 ESCO queries (a smoke run)
              -h, --help          this text
            """;

    private final EvalOptions options;
    private final MatchTexts texts = MatchTexts.standard();
    private final MatchFeatures features = new MatchFeatures(TrainingRun.BUDGETS);
    private final Map<String, Object> figures = new LinkedHashMap<>();

    private MatchingEvaluation(EvalOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        ToolArgs.run(args, a -> new MatchingEvaluation(EvalOptions.parse(a)).run());
    }

    record EvalOptions(List<Long> trainSeeds, List<Long> testSeeds, int freelancers, int projects, int encoderSteps,
                       int encoderBatch, int encoderTokens, int rankerEpochs, double exposureShare, int escoQueries,
                       Path data, Path reports, int bootstrap, String encoder, Path registry, Path vectorCache,
                       boolean crossFit) {

        static EvalOptions parse(String[] args) {
            ToolArgs a = ToolArgs.parse(args, Set.of("--train-seeds", "--test-seeds", "--freelancers", "--projects",
                    "--encoder-steps", "--encoder-batch", "--encoder-tokens", "--ranker-epochs", "--exposure-share",
                    "--esco-queries", "--data", "--reports", "--bootstrap", "--encoder", "--registry", "--vector-cache"),
                    Set.of("--quick", "--no-cross-fit"),
                    USAGE);
            boolean quick = a.flag("--quick");
            return new EvalOptions(a.seeds("--train-seeds", quick ? List.of(101L) : List.of(101L, 102L)),
                    a.seeds("--test-seeds", quick ? List.of(201L) : List.of(201L, 202L)),
                    a.integer("--freelancers", quick ? 800 : 2000), a.integer("--projects", quick ? 800 : 2000),
                    a.integer("--encoder-steps", quick ? 60 : 300), a.integer("--encoder-batch", 16),
                    a.integer("--encoder-tokens", 256), a.integer("--ranker-epochs", 60),
                    a.real("--exposure-share", 0.02), a.integer("--esco-queries", quick ? 1000 : 3000),
                    a.path("--data", "../shared/data"), a.path("--reports", "target/reports/matching"),
                    a.integer("--bootstrap", 1000), a.string("--encoder", System.getenv().getOrDefault("TALENT_ENCODER", "auto")), a.path("--registry",
                    System.getenv().getOrDefault("TALENT_MODEL_REGISTRY", "target/models/registry")),
                    "none".equals(a.string("--vector-cache", "")) ? null
                            : a.path("--vector-cache", "target/embedding-cache/matching"), !a.flag("--no-cross-fit"));
        }
    }

    /** The systems this evaluation ranks applicants with (the harness adds random, rule, logistic and oracle). */
    static final List<String> SYSTEMS = List.of("bm25", "pretrained.dense", "dense", "retrieval", "default",
            "pretrained", "matching");

    /** Each system's applicant rankings by harness item id, best first. */
    private final Map<String, Map<String, List<String>>> harnessRankings = new LinkedHashMap<>();
    private SimulatedSuccess success;

    /** Per-project metric values of one system, for the bootstrap. */
    private final Map<String, List<Double>> perItem = new LinkedHashMap<>();

    private void add(String key, double value) {
        perItem.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    void run() throws Exception {
        long start = System.nanoTime();
        if (options.escoQueries() >= 0) {
            Path csv = options.data().resolve(EscoTitles.CSV);
            if (!Files.isRegularFile(csv)) {
                throw new IllegalArgumentException("ESCO occupations file not found: " + csv.toAbsolutePath()
                        + " (give --data the shared data folder, or --esco-queries -1 to skip the ESCO check)");
            }
        }
        Files.createDirectories(options.reports());
        NnEngine.configureCurrentThread();
        log("simulating %d training and %d test markets of %,d freelancers and %,d projects",
                options.trainSeeds().size(), options.testSeeds().size(), options.freelancers(), options.projects());
        // The harness's own markets (same seeds, sizes and wording halves as ours, so its items are ours): it scores
        // every applicant ranking beside its references and the oracle.
        HarnessConfig harnessConfig = new HarnessConfig(options.trainSeeds(), options.testSeeds(),
                SimConfig.of(options.freelancers(), options.projects(), 0, 0).withQueries(0), TrainingRun.TRAIN_SHARE,
                options.bootstrap(), 7);
        ScoringHarness harness = ScoringHarness.build(harnessConfig, 2, seed -> log("  harness market %d ready", seed));
        List<MarketHistory> train = TrainingRun.markets(options.trainSeeds(), options.freelancers(),
                options.projects(), TextHalf.TRAIN);
        List<MarketHistory> test = TrainingRun.markets(options.testSeeds(), options.freelancers(), options.projects(),
                TextHalf.TEST);
        success = SimulatedSuccess.fit(train, SimulatedSuccess.COVERAGE);
        EncoderSettings encoderSettings = EncoderSettings.defaults().withCacheSize(0)
                .withEngine(InferenceEngine.ONNX_RUNTIME);
        TowerBase base = new TowerBase(EncoderSelection.resolve(EncoderChoice.parse(options.encoder()),
                options.registry()));
        log("encoder choice %s: %s (%s); the towers are fine-tuned from it", options.encoder(),
                base.selection().description(), base.selection().readsHangul() ? "reads Hangul" : "no Korean units");
        figures.put("base_encoder", base.name());
        figures.put("encoder.choice", options.encoder());
        figures.put("encoder.description", base.selection().description());
        figures.put("encoder.reads_hangul", base.selection().readsHangul());
        figures.put("ranker.cross_fit", options.crossFit());
        try (ChunkedEncoder pretrained = base.serving(encoderSettings);
             NDManager tuned = NnEngine.get().newBaseManager()) {
            log("embedding every pool with the pretrained encoder");
            VectorCache cachePre = new VectorCache(pretrained, pretrained.fingerprint(), options.vectorCache());
            List<PoolVectors> trainPre = pools(train, cachePre);
            List<PoolVectors> testPre = pools(test, cachePre);
            cachePre.save();

            EncoderTrainer encoderTrainer = new EncoderTrainer(texts, base, TrainingRun.encoderSettings(
                    options.encoderSteps(), options.encoderBatch(), options.encoderTokens()));
            List<ContrastiveFineTuner.Pair> pairs = encoderTrainer.pairs(train, trainPre, pretrained);
            log("fine-tuning the encoder on %,d hires (%d steps of %d pairs + hard negatives)", pairs.size(),
                    options.encoderSteps(), options.encoderBatch());
            BertEncoder bert = encoderTrainer.fineTune(pairs, tuned,
                    p -> log("  step %d: InfoNCE %.3f", (int) p[0], p[1]));
            try (ChunkedEncoder fineTuned = MatchEncoders.servingCopy(bert, base, "matching-encoder (eval)",
                    encoderSettings)) {
                log("embedding every pool with the fine-tuned encoder");
                VectorCache cacheFt = new VectorCache(fineTuned, fineTuned.fingerprint() + "/weights-"
                        + VectorCache.weightsDigest(bert), options.vectorCache());
                List<PoolVectors> trainFt = pools(train, cacheFt);
                List<PoolVectors> testFt = pools(test, cacheFt);
                cacheFt.save();

                RankerTrainer rankerTrainer = new RankerTrainer(texts, features,
                        TrainingRun.rankerSettings(options.rankerEpochs()));
                List<RankingList> listsFt = options.crossFit()
                        ? CrossFit.lists(rankerTrainer, texts, base, TrainingRun.encoderSettings(options.encoderSteps(),
                                options.encoderBatch(), options.encoderTokens()), pairs, train, (towers, weights) -> {
                                    VectorCache cache = new VectorCache(towers, towers.fingerprint() + "/weights-"
                                            + VectorCache.weightsDigest(weights), options.vectorCache());
                                    List<PoolVectors> pools = pools(train, cache);
                                    cache.save();
                                    return pools;
                                }, tuned, encoderSettings, success, m -> log("%s", m))
                        : lists(rankerTrainer, train, trainFt, fineTuned, success);
                List<RankingList> listsPre = lists(rankerTrainer, train, trainPre, pretrained, success);
                log("training the rankers on %,d lists", listsFt.size());
                try (MlpRanker ranker = rankerTrainer.train(listsFt, "ranker (eval)", options.reports()).ranker();
                     MlpRanker rankerPre = rankerTrainer.train(listsPre, "ranker on pretrained (eval)", null)
                             .ranker()) {
                    for (int m = 0; m < test.size(); m++) {
                        scoreMarket(test.get(m), testFt.get(m), testPre.get(m), fineTuned, pretrained, ranker,
                                rankerPre);
                    }
                }
                summarise(harness.applicants().report(harnessRankings));
                if (options.escoQueries() >= 0) {
                    esco(pretrained, fineTuned);
                }
            }
        }
        figures.put("seconds", Math.round((System.nanoTime() - start) / 1e9));
        String json = ai.talent.matching.tool.Json.object(figures);
        Files.writeString(options.reports().resolve("eval-matching.json"), json + "\n");
        System.out.println(json);
    }

    private List<PoolVectors> pools(List<MarketHistory> markets, VectorCache encoder) {
        List<PoolVectors> pools = new ArrayList<>();
        for (MarketHistory m : markets) {
            long t = System.nanoTime();
            int cached = encoder.hits();
            pools.add(PoolVectors.embed(m.freelancers(), encoder, texts, 64));
            log("  market %d: %,d profiles in %.0f s (%,d vectors from the cache)", m.seed(), m.freelancers().size(),
                    (System.nanoTime() - t) / 1e9, encoder.hits() - cached);
        }
        return pools;
    }

    private static List<RankingList> lists(RankerTrainer trainer, List<MarketHistory> markets, List<PoolVectors> pools,
                                           ChunkedEncoder encoder, SuccessEstimates success) {
        List<RankingList> lists = new ArrayList<>();
        for (int m = 0; m < markets.size(); m++) {
            lists.addAll(trainer.lists(markets.get(m), pools.get(m), encoder, success));
        }
        return lists;
    }

    // ------------------------------------------------------------------ one test market

    private void scoreMarket(MarketHistory market, PoolVectors poolFt, PoolVectors poolPre, ChunkedEncoder fineTuned,
                             ChunkedEncoder pretrained, Ranker ranker, Ranker rankerPre) throws IOException {
        List<PastProject> items = market.hiredAfterCut();
        log("market %d: %,d test projects (posted after the cut, with a hire)", market.seed(), items.size());
        Path dir = Files.createTempDirectory("matching-eval");
        FreelancerKind kind = new FreelancerKind(texts);
        try (LuceneVectorIndex<Freelancer> indexFt = LuceneVectorIndex.open(dir.resolve("ft"), kind, fineTuned,
                IndexSettings.defaults());
             LuceneVectorIndex<Freelancer> indexPre = LuceneVectorIndex.open(dir.resolve("pre"), kind, pretrained,
                     IndexSettings.defaults());
             Bm25Skills bm25 = new Bm25Skills(market.freelancers(), texts)) {
            indexFt.upsertEmbedded(market.freelancers(), poolFt.vectors());
            indexFt.publish();
            indexPre.upsertEmbedded(market.freelancers(), poolPre.vectors());
            indexPre.publish();
            RetrievalSettings retrieval = RetrievalSettings.defaults();
            CandidateRetriever<Freelancer> retrieverFt = new CandidateRetriever<>(indexFt, retrieval);
            CandidateRetriever<Freelancer> retrieverPre = new CandidateRetriever<>(indexPre, retrieval);
            HistorySignals signals = new HistorySignals(market, success);
            TwoStageMatcher matcher = new TwoStageMatcher(fineTuned, texts, retrieverFt, null, features,
                    () -> ranker, signals, null, MatcherSettings.plain());
            TwoStageMatcher capped = new TwoStageMatcher(fineTuned, texts, retrieverFt, null, features,
                    () -> ranker, signals, null, MatcherSettings.plain()
                    .withExposureCap(options.exposureShare(), 200));
            TwoStageMatcher matcherPre = new TwoStageMatcher(pretrained, texts, retrieverPre, null, features,
                    () -> rankerPre, signals, null, MatcherSettings.plain());
            Map<String, Integer> shown = new HashMap<>();
            Map<String, Integer> shownCapped = new HashMap<>();
            float[][] vectorsFt = fineTuned.embed(items.stream().map(p -> texts.project(p.project())).toList());
            float[][] vectorsPre = pretrained.embed(items.stream().map(p -> texts.project(p.project())).toList());
            for (int i = 0; i < items.size(); i++) {
                PastProject p = items.get(i);
                signals.at(p);
                MatchQuery q = MatchQuery.of(p.project(), HardFilters.NONE);
                long seed = market.seed() * 1_000_003L + i;

                // Retrieval over the whole pool.
                List<Candidate<Freelancer>> candidates = retrieverFt.retrieve(vectorsFt[i],
                        TwoStageMatcher.wanted(q), IndexFilter.NONE);
                List<Candidate<Freelancer>> candidatesPre = retrieverPre.retrieve(vectorsPre[i],
                        TwoStageMatcher.wanted(q), IndexFilter.NONE);
                List<String> fused = ids(candidates);
                add("retrieval.recall50", RankScores.recallAt(50, RankScores.position(fused, p.hiredId())));
                add("retrieval.candidates.recall", RankScores.position(fused, p.hiredId()) > 0 ? 1 : 0);
                add("dense.recall50", RankScores.recallAt(50, RankScores.position(
                        hitIds(indexFt.knn(vectorsFt[i], IndexFilter.NONE, 50)), p.hiredId())));
                add("skills.recall50", RankScores.recallAt(50, RankScores.position(
                        hitIds(indexFt.skillOverlap(TwoStageMatcher.wanted(q), IndexFilter.NONE, 50)), p.hiredId())));
                add("pretrained.retrieval.recall50", RankScores.recallAt(50,
                        RankScores.position(ids(candidatesPre), p.hiredId())));
                add("pretrained.dense.recall50", RankScores.recallAt(50, RankScores.position(
                        hitIds(indexPre.knn(vectorsPre[i], IndexFilter.NONE, 50)), p.hiredId())));
                add("bm25.recall50", RankScores.recallAt(50, RankScores.position(bm25.top(q, 50), p.hiredId())));

                // End to end over the whole pool: top-10 of the two stages.
                Ranking<Freelancer> top = matcher.freelancersFor(q, vectorsFt[i], 10, TwoStageMatcher.Exposure.IGNORE);
                endToEnd("matching.pool", top, p.hiredId(), shown);
                endToEnd("matching.capped.pool", capped.freelancersFor(q, vectorsFt[i], 10,
                        TwoStageMatcher.Exposure.APPLY_AND_RECORD), p.hiredId(), shownCapped);
                endToEnd("pretrained.pool", matcherPre.freelancersFor(q, vectorsPre[i], 10,
                        TwoStageMatcher.Exposure.IGNORE), p.hiredId(), null);
                poolMetrics("retrieval.pool", fused, p.hiredId());
                poolMetrics("bm25.pool", bm25.top(q, 10), p.hiredId());

                // The applicant-ranking task: order the project's applicants.
                Map<String, Map<String, Double>> scores = applicantScores(p, q, market, poolFt, poolPre, vectorsFt[i],
                        vectorsPre[i], candidates, bm25, ranker, rankerPre, seed);
                String item = "s" + market.seed() + "/" + p.project().id();
                for (Map.Entry<String, Map<String, Double>> e : scores.entrySet()) {
                    List<String> order = RankScores.order(e.getValue(), seed);
                    int position = RankScores.position(order, p.hiredId());
                    add(e.getKey() + ".p5", RankScores.precision5(position));
                    if (!e.getKey().equals("oracle")) {
                        harnessRankings.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).put(item, order);
                    }
                }
                if ((i + 1) % 100 == 0) {
                    log("  %d / %d projects", i + 1, items.size());
                }
            }
            exposure("uncapped", shown, market.freelancers().size());
            exposure("capped", shownCapped, market.freelancers().size());
        } finally {
            deleteTree(dir);
        }
    }

    private Map<String, Map<String, Double>> applicantScores(PastProject p, MatchQuery q, MarketHistory market,
                                                             PoolVectors poolFt, PoolVectors poolPre, float[] vFt,
                                                             float[] vPre, List<Candidate<Freelancer>> retrieved,
                                                             Bm25Skills bm25, Ranker ranker, Ranker rankerPre,
                                                             long seed) {
        Map<String, Double> bm25Scores = bm25.scores(q);
        Map<String, Double> fusedScores = new HashMap<>();
        retrieved.forEach(c -> fusedScores.put(c.entity().id(), c.retrievalScore()));
        List<String> applicants = p.applicants();
        float[][] xFt = new float[applicants.size()][];
        float[][] xPre = new float[applicants.size()][];
        for (int a = 0; a < applicants.size(); a++) {
            // the applicant's profile as it stood at the post (the harness's items hold the same)
            Freelancer f = market.freelancerAt(applicants.get(a), p.postedAt());
            FreelancerActivity activity = market.activityAt(f.id(), p.postedAt());
            OptionalDouble predicted = success.estimate(market, p, f);
            xFt[a] = features.of(q, f, Vectors.dot(vFt, poolFt.vector(f.id())), activity, predicted);
            xPre[a] = features.of(q, f, Vectors.dot(vPre, poolPre.vector(f.id())), activity, predicted);
        }
        float[] sFt = ranker.score(xFt);
        float[] sPre = rankerPre.score(xPre);
        float[] sDefault = new DefaultRanker().score(xFt);
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (String system : SYSTEMS) {
            out.put(system, new HashMap<>());
        }
        out.put("oracle", new HashMap<>());
        for (int a = 0; a < applicants.size(); a++) {
            String id = applicants.get(a);
            out.get("bm25").put(id, bm25Scores.getOrDefault(id, 0.0));
            out.get("retrieval").put(id, fusedScores.getOrDefault(id, 0.0));
            out.get("dense").put(id, Vectors.dot(vFt, poolFt.vector(id)));
            out.get("pretrained.dense").put(id, Vectors.dot(vPre, poolPre.vector(id)));
            out.get("pretrained").put(id, (double) sPre[a]);
            out.get("default").put(id, (double) sDefault[a]);
            out.get("matching").put(id, (double) sFt[a]);
            out.get("oracle").put(id, p.trueFit().get(id));
        }
        return out;
    }

    private void endToEnd(String key, Ranking<Freelancer> ranking, String hired, Map<String, Integer> shown) {
        List<String> ids = ranking.top().stream().map(c -> c.entity().id()).toList();
        poolMetrics(key, ids, hired);
        if (shown != null) {
            ids.forEach(id -> shown.merge(id, 1, Integer::sum));
        }
    }

    private void poolMetrics(String key, List<String> ranking, String hired) {
        int position = RankScores.position(ranking.subList(0, Math.min(10, ranking.size())), hired);
        add(key + ".ndcg10", RankScores.ndcg10(position));
        add(key + ".p5", RankScores.precision5(position));
    }

    /** Share of all recommendation slots that went to the most-recommended 1 % of the pool. */
    private void exposure(String name, Map<String, Integer> shown, int pool) {
        List<Integer> counts = new ArrayList<>(shown.values());
        counts.sort(Comparator.reverseOrder());
        int top = Math.max(1, (int) Math.ceil(pool * 0.01));
        long total = counts.stream().mapToLong(Integer::longValue).sum();
        long topSlots = counts.stream().limit(top).mapToLong(Integer::longValue).sum();
        add("exposure." + name + ".top1pct_share", total == 0 ? 0 : (double) topSlots / total);
        add("exposure." + name + ".distinct_share", (double) shown.size() / pool);
    }

    private static List<String> ids(List<Candidate<Freelancer>> candidates) {
        return candidates.stream().map(c -> c.entity().id()).toList();
    }

    private static List<String> hitIds(List<IndexHit<Freelancer>> hits) {
        return hits.stream().map(IndexHit::id).toList();
    }

    // ------------------------------------------------------------------ summary

    private Bootstrap spread(String key) {
        double[] v = perItem.getOrDefault(key, List.of()).stream().mapToDouble(Double::doubleValue).toArray();
        return Bootstrap.meanAndSpread(v, options.bootstrap(), 7);
    }

    private void summarise(TaskReport applicants) {
        System.out.println();
        System.out.println("Retrieval over the whole pool (hired freelancer in the top 50; mean ± bootstrap std)");
        for (String key : List.of("retrieval.recall50", "dense.recall50", "skills.recall50",
                "pretrained.retrieval.recall50", "pretrained.dense.recall50", "bm25.recall50",
                "retrieval.candidates.recall")) {
            put(key, spread(key));
        }
        System.out.println();
        System.out.println("Applicant ranking through the simulator's scoring harness (its references and oracle beside"
                + " ours; mean over the test seeds [95 % bootstrap interval])");
        applicants.print(System.out);
        applicants.figures().forEach((k, v) -> figures.put(k, round(v)));
        double oracle = applicants.get(TaskReport.ORACLE, TaskReport.ALL, "ndcg10").value();
        // the true fit without the interview's hidden compatibility and noise: what the stated facts decide
        double stated = applicants.get(ApplicantTask.ORACLE_STATED, TaskReport.ALL, "ndcg10").value();
        System.out.println();
        System.out.printf(Locale.ROOT, "  %-18s %-8s %-10s %-10s %-16s %s%n", "system", "NDCG@10", "of oracle",
                "of stated", "headroom closed", "P@5 (mean ± std)");
        List<String> systems = new ArrayList<>(List.of(TaskReport.RANDOM, TaskReport.RULE, TaskReport.LOGISTIC));
        systems.addAll(SYSTEMS);
        systems.add(ApplicantTask.ORACLE_READ);
        systems.add(ApplicantTask.ORACLE_PROFILE);
        systems.add(ApplicantTask.ORACLE_STATED);
        systems.add(TaskReport.ORACLE);
        for (String system : systems) {
            double ndcg = applicants.get(system, TaskReport.ALL, "ndcg10").value();
            String closed = system.equals(TaskReport.ORACLE) || system.equals(TaskReport.LOGISTIC) ? ""
                    : String.format(Locale.ROOT, "%.3f", applicants.headroomClosed(system).value());
            boolean ours = perItem.containsKey(system + ".p5");
            Bootstrap p5 = ours ? spread(system + ".p5") : null;
            System.out.printf(Locale.ROOT, "  %-18s %-8.4f %-10.3f %-10.3f %-16s %s%n", system, ndcg, ndcg / oracle,
                    ndcg / stated, closed, ours ? fmt(p5) : "");
            figures.put(system + ".applicants.of_oracle", round(ndcg / oracle));
            figures.put(system + ".applicants.of_oracle_stated", round(ndcg / stated));
            if (ours) {
                figures.put(system + ".applicants.p5", round(p5.mean()));
            }
        }
        System.out.println();
        System.out.println("End to end over the whole pool (top 10 of the two stages; hired = relevant)");
        for (String key : List.of("matching.pool", "matching.capped.pool", "pretrained.pool", "retrieval.pool",
                "bm25.pool")) {
            put(key + ".ndcg10", spread(key + ".ndcg10"));
            put(key + ".p5", spread(key + ".p5"));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Exposure (cap: at most %.0f%% of the last 200 lists)%n",
                100 * options.exposureShare());
        for (String key : List.of("exposure.uncapped.top1pct_share", "exposure.capped.top1pct_share",
                "exposure.uncapped.distinct_share", "exposure.capped.distinct_share")) {
            put(key, spread(key));
        }
        double cost = spread("matching.pool.ndcg10").mean() - spread("matching.capped.pool.ndcg10").mean();
        System.out.printf(Locale.ROOT, "  NDCG@10 the cap costs end to end: %.4f%n", cost);
        figures.put("exposure.cap.ndcg10_cost", round(cost));
    }

    private void put(String key, Bootstrap b) {
        System.out.printf(Locale.ROOT, "  %-36s %s%n", key, fmt(b));
        figures.put(key, round(b.mean()));
        figures.put(key + ".std", round(b.std()));
    }

    private static String fmt(Bootstrap b) {
        return String.format(Locale.ROOT, "%.4f ± %.4f", b.mean(), b.std());
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    // ------------------------------------------------------------------ ESCO

    private void esco(ChunkedEncoder pretrained, ChunkedEncoder fineTuned) throws IOException {
        EscoTitles titles = EscoTitles.load(options.data(), options.escoQueries(), 42);
        System.out.println();
        System.out.printf(Locale.ROOT, "ESCO alternative titles → occupation (%,d queries, %,d occupations)%n",
                titles.queries().size(), titles.labels().size());
        RetrievalScores pre = escoScores(pretrained, titles);
        RetrievalScores ft = escoScores(fineTuned, titles);
        Bootstrap preSpread = pre.mrr10Spread(options.bootstrap(), 7);
        Bootstrap ftSpread = ft.mrr10Spread(options.bootstrap(), 7);
        System.out.printf(Locale.ROOT, "  base encoder         MRR@10 %s%n", fmt(preSpread));
        System.out.printf(Locale.ROOT, "  fine-tuned encoder   MRR@10 %s (change %+.4f)%n", fmt(ftSpread),
                ft.mrr10() - pre.mrr10());
        System.out.printf(Locale.ROOT, "  published MiniLM fp32 (ONNX Runtime, all queries) MRR@10 0.658%n");
        figures.put("esco.pretrained.mrr10", round(pre.mrr10()));
        figures.put("esco.pretrained.mrr10.std", round(preSpread.std()));
        figures.put("esco.finetuned.mrr10", round(ft.mrr10()));
        figures.put("esco.finetuned.mrr10.std", round(ftSpread.std()));
        figures.put("esco.mrr10.change", round(ft.mrr10() - pre.mrr10()));
        figures.put("esco.published.mrr10", 0.658);
        figures.put("esco.queries", titles.queries().size());
    }

    private static RetrievalScores escoScores(ChunkedEncoder encoder, EscoTitles titles) {
        float[][] labels = encoder.embed(titles.labels());
        float[][] queries = encoder.embed(titles.queries());
        return RetrievalScores.of(queries, labels, titles.answers());
    }

    // ------------------------------------------------------------------ helpers

    /** A test market's signals as they stood when the project being ranked was posted. */
    static final class HistorySignals implements MatchSignals {

        private final MarketHistory market;
        private final SuccessEstimates success;
        private PastProject project;

        HistorySignals(MarketHistory market, SuccessEstimates success) {
            this.market = market;
            this.success = success;
        }

        void at(PastProject ranked) {
            this.project = ranked;
        }

        @Override
        public FreelancerActivity activity(String freelancerId) {
            return market.activityAt(freelancerId, project.postedAt());
        }

        @Override
        public Map<String, Double> predictions(String projectId, Collection<String> freelancerIds) {
            Map<String, Double> out = new HashMap<>();
            for (String id : freelancerIds) {
                success.estimate(market, project, market.freelancerAt(id, project.postedAt()))
                        .ifPresent(p -> out.put(id, p));
            }
            return out;
        }
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
        System.out.flush();
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
