package ai.talent.matching.bench;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.talent.domain.model.Freelancer;
import ai.talent.matching.rank.MatchFeature;
import ai.talent.matching.rank.MatchFeatures;
import ai.talent.matching.rank.MatchQuery;
import ai.talent.matching.rank.MatchSignals;
import ai.talent.matching.rank.MatcherSettings;
import ai.talent.matching.rank.MlpRanker;
import ai.talent.matching.rank.RankerSpec;
import ai.talent.matching.rank.TwoStageMatcher;
import ai.talent.matching.retrieval.CandidateRetriever;
import ai.talent.matching.retrieval.FreelancerKind;
import ai.talent.matching.retrieval.IndexFilter;
import ai.talent.matching.retrieval.IndexHit;
import ai.talent.matching.retrieval.IndexSettings;
import ai.talent.matching.retrieval.LuceneVectorIndex;
import ai.talent.matching.retrieval.HardFilters;
import ai.talent.matching.retrieval.RetrievalSettings;
import ai.talent.matching.text.ChunkedEncoder;
import ai.talent.matching.text.EncoderSettings;
import ai.talent.matching.text.MatchEncoders;
import ai.talent.matching.text.MatchTexts;
import ai.talent.matching.tool.Json;
import ai.talent.matching.tool.ToolArgs;
import ai.talent.matching.train.RankerTrainingSettings;
import ai.talent.matching.train.TrainingRun;
import ai.talent.matching.train.sim.SimulatedMarkets;
import ai.talent.nn.engine.NnEngine;
import ai.talent.matching.text.TowerBase;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.text.EncoderChoice;
import ai.talent.nn.text.EncoderSelection;
import ai.talent.nn.text.InferenceEngine;
import ai.talent.nn.block.Mlp;
import ai.talent.domain.model.Project;
import ai.talent.sim.vectors.SkillVectors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * {@code ./talent bench matching}: the two stages at {@code --freelancers} (100,000) in a Lucene HNSW index on
 * local disk, single-threaded after a warm-up. Per project: encode its text (no cache), retrieve (HNSW + skill leg,
 * RRF), build the features of every candidate, score them with an MLP ranker of the served shape and take the top
 * 10. Beside it, in the same run, the reference: exact search (every vector compared) for the same projects, and
 * HNSW recall@50 against it. Profiles come from the simulator; {@code --embedded} of them are encoded, the others
 * get a neighbour's vector with noise (encoding 100,000 profiles would take the benchmark's whole budget, and the
 * index's cost depends on the vectors' count and spread, not on who wrote them). Recall measured on such copies
 * says nothing (each query's exact top 50 are near-identical copies of one profile); {@code --synthetic-vectors}
 * indexes skill-clustered vectors instead ({@link SkillVectors}: every profile distinct, profiles sharing skills
 * close) and retrieves with the project's vector of the same kind, still encoding the project's text in the timed
 * path, so latency and recall are both measured on vectors that spread like real ones.
 */
public final class MatchingBench {

    static final String USAGE = """
            Usage: ./talent bench matching [options]
              Top-10 latency of the two stages (encoding included, single-threaded, after warm-up) at scale, and HNSW
              recall@50 against exact search measured in the same run. Last line: one JSON object.
            Options:
              --freelancers N  freelancers in the index (default 100000)
              --embedded N     profiles encoded with the towers' encoder; the rest are noisy copies (default 3000;
                               their recall is not a measure of the index: use --synthetic-vectors for it)
              --synthetic-vectors
                               index skill-clustered vectors (every profile distinct, those sharing skills close)
                               and retrieve with the project's vector of the same kind; the project's text is still
                               encoded in the timed path. Gives a real HNSW recall figure; --embedded is unused
              --queries N      timed projects (default 300)
              --warmup N       untimed projects first (default 50)
              --ef N           HNSW candidates explored per search (default 100)
              --seed S         simulated market (default 7)
              --registry DIR   model registry (the promoted matching-encoder is used when present;
                               default $TALENT_MODEL_REGISTRY or target/models/registry)
              --quick          20,000 freelancers, 1,000 encoded, 100 queries, 20 warm-up
              -h, --help       this text
            """;

    public static void main(String[] args) {
        ToolArgs.run(args, a -> run(ToolArgs.parse(a, Set.of("--freelancers", "--embedded", "--queries", "--warmup",
                "--ef", "--seed", "--registry"), Set.of("--quick", "--synthetic-vectors"), USAGE)));
    }

    static void run(ToolArgs a) throws Exception {
        boolean quick = a.flag("--quick");
        boolean synthetic = a.flag("--synthetic-vectors");
        int n = a.integer("--freelancers", quick ? 20_000 : 100_000);
        int embedded = Math.min(n, a.integer("--embedded", quick ? 1_000 : 3_000));
        int queries = a.integer("--queries", quick ? 100 : 300);
        int warmup = a.integer("--warmup", quick ? 20 : 50);
        int ef = a.integer("--ef", 100);
        long seed = a.integer("--seed", 7);
        Path registryDir = a.path("--registry", System.getenv().getOrDefault("TALENT_MODEL_REGISTRY",
                "target/models/registry"));
        NnEngine.configureCurrentThread();
        MatchTexts texts = MatchTexts.standard();
        Map<String, Object> figures = new LinkedHashMap<>();

        int posted = Math.max(200, 2 * (queries + warmup));
        log("simulating %,d freelancers and %,d projects", n, posted);
        var market = SimulatedMarkets.generate(n, posted, seed,
                ai.talent.sim.text.TextHalf.TEST, TrainingRun.TRAIN_SHARE);
        List<Freelancer> pool = market.freelancers();
        List<Project> projects = market.projects().stream().map(p -> p.project()).toList();

        EncoderSettings settings = EncoderSettings.defaults().withCacheSize(0).withEngine(InferenceEngine.ONNX_RUNTIME);
        try (ChunkedEncoder encoder = MatchEncoders.load("auto", new TowerBase(EncoderSelection.resolve(
                EncoderChoice.parse(System.getenv().getOrDefault("TALENT_ENCODER", "auto")), registryDir)),
                new ModelRegistry(registryDir), settings)) {
            log("encoder: %s", encoder.name());
            figures.put("encoder", encoder.name());
            SkillVectors skillVectors = new SkillVectors(encoder.dimension(), seed);
            float[][] vectors = new float[n][];
            if (synthetic) {
                for (int i = 0; i < n; i++) {
                    vectors[i] = skillVectors.profile(pool.get(i), i);
                }
                log("index vectors: skill-clustered stand-ins (%d dimensions) for all %,d profiles; the projects' "
                        + "text is encoded in the timed path", encoder.dimension(), n);
            } else {
                long t0 = System.nanoTime();
                float[][] real = encoder.embed(pool.subList(0, embedded).stream().map(texts::profile).toList());
                log("encoded %,d profiles in %.0f s; %,d more as noisy copies (recall on them is not a measure of "
                        + "the index: --synthetic-vectors)", embedded, (System.nanoTime() - t0) / 1e9, n - embedded);
                Random random = new Random(seed);
                for (int i = 0; i < n; i++) {
                    vectors[i] = i < embedded ? real[i] : noisy(real[random.nextInt(embedded)], random, 0.35f);
                }
            }
            Path dir = Files.createTempDirectory("matching-bench");
            FreelancerKind kind = new FreelancerKind(texts);
            try (LuceneVectorIndex<Freelancer> index = LuceneVectorIndex.open(dir, kind, encoder,
                    IndexSettings.defaults().withEfSearch(ef));
                 NDManager manager = NnEngine.get().newBaseManager();
                 MlpRanker ranker = servedShape(manager)) {
                long b0 = System.nanoTime();
                for (int start = 0; start < n; start += 5_000) {
                    int end = Math.min(n, start + 5_000);
                    index.upsertEmbedded(pool.subList(start, end), Arrays.copyOfRange(vectors, start, end));
                }
                index.publish();
                index.forceMerge(1);
                log("index of %,d built in %.0f s (HNSW M 16, beam 100, ef %d)", index.count(),
                        (System.nanoTime() - b0) / 1e9, ef);
                TwoStageMatcher matcher = new TwoStageMatcher(encoder, texts,
                        new CandidateRetriever<>(index, RetrievalSettings.defaults()), null,
                        new MatchFeatures(TrainingRun.BUDGETS), () -> ranker, MatchSignals.none(), null,
                        MatcherSettings.plain());

                List<MatchQuery> timed = new ArrayList<>();
                for (int i = 0; i < warmup + queries; i++) {
                    timed.add(MatchQuery.of(projects.get(i % projects.size()), HardFilters.NONE));
                }
                // The vector retrieval searches with: the project's encoding, or its skill vector (the text is
                // encoded all the same, so the timed path holds the encoder's cost either way).
                float[][] searchVectors = new float[timed.size()][];
                for (int i = 0; i < timed.size(); i++) {
                    MatchQuery q = timed.get(i);
                    searchVectors[i] = synthetic ? skillVectors.query(skillWeights(q), i) : null;
                }
                for (int i = 0; i < warmup; i++) {
                    twoStages(matcher, timed.get(i), searchVectors[i]);
                    index.exact(matcher.embed(timed.get(i)), IndexFilter.NONE, 10);
                }
                double[] twoStage = new double[queries];
                double[] encode = new double[queries];
                double[] exactTop50 = new double[queries];
                double[] knnTop50 = new double[queries];
                double recall = 0;
                for (int i = 0; i < queries; i++) {
                    MatchQuery q = timed.get(warmup + i);
                    long s = System.nanoTime();
                    twoStages(matcher, q, searchVectors[warmup + i]);
                    twoStage[i] = (System.nanoTime() - s) / 1e6;
                    s = System.nanoTime();
                    float[] encoded = matcher.embed(q);
                    encode[i] = (System.nanoTime() - s) / 1e6;
                    float[] v = synthetic ? searchVectors[warmup + i] : encoded;
                    s = System.nanoTime();
                    List<IndexHit<Freelancer>> exact = index.exact(v, IndexFilter.NONE, 50);
                    exactTop50[i] = (System.nanoTime() - s) / 1e6;
                    Set<String> truth = new HashSet<>(exact.stream().map(IndexHit::id).toList());
                    s = System.nanoTime();
                    List<IndexHit<Freelancer>> approximate = index.knn(v, IndexFilter.NONE, 50);
                    knnTop50[i] = (System.nanoTime() - s) / 1e6;
                    long found = approximate.stream().filter(h -> truth.contains(h.id())).count();
                    recall += (double) found / Math.max(1, truth.size());
                }
                recall /= queries;
                double p99 = percentile(twoStage, 0.99);
                double p50 = percentile(twoStage, 0.50);
                double encodeP50 = percentile(encode, 0.50);
                double encodeP99 = percentile(encode, 0.99);
                double exactP50 = percentile(exactTop50, 0.50);
                double exactP99 = percentile(exactTop50, 0.99);
                System.out.println();
                log("two stages, top 10 at %,d freelancers (%d projects, single thread, %s vectors): p50 %.1f ms, "
                        + "p99 %.1f ms (goal ≤ 50 ms)", n, queries, synthetic ? "skill-clustered" : "copied", p50,
                        p99);
                log("  of which encoding the project alone: p50 %.1f ms, p99 %.1f ms", encodeP50, encodeP99);
                log("  HNSW top 50 alone: p50 %.1f ms, p99 %.1f ms", percentile(knnTop50, 0.5),
                        percentile(knnTop50, 0.99));
                log("reference, same run: exact search top 50 (every vector compared) p50 %.1f ms, p99 %.1f ms; "
                        + "two stages / (encoding + exact) at p99 = %.2f", exactP50, exactP99,
                        p99 / Math.max(1e-9, exactP99 + encodeP99));
                log("HNSW recall@50 against exact search: %.4f (goal ≥ 0.95)%s", recall, synthetic ? ""
                        : " — on noisy copies, not a measure of the index (--synthetic-vectors)");
                figures.put("freelancers", n);
                figures.put("vectors", synthetic ? "skill-clustered" : "copies");
                figures.put("embedded", synthetic ? 0 : embedded);
                figures.put("queries", queries);
                figures.put("matching.top10.p50_ms", round(p50));
                figures.put("matching.top10.p99_ms", round(p99));
                figures.put("matching.encode.p50_ms", round(encodeP50));
                figures.put("matching.encode.p99_ms", round(encodeP99));
                figures.put("hnsw.top50.p50_ms", round(percentile(knnTop50, 0.5)));
                figures.put("hnsw.top50.p99_ms", round(percentile(knnTop50, 0.99)));
                figures.put("reference.exact.p50_ms", round(exactP50));
                figures.put("reference.exact.p99_ms", round(exactP99));
                figures.put("matching.top10.p99_vs_encode_plus_exact", round(p99 / Math.max(1e-9, exactP99
                        + encodeP99)));
                figures.put("hnsw.recall50", round(recall));
            } finally {
                try (var files = Files.walk(dir)) {
                    for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
        System.out.println(Json.object(figures));
    }

    /** The timed path: encode the project's text, then both stages with {@code vector} if given, else the encoding. */
    /** A project's skills for its stand-in vector: required at their level, nice-to-have at half of it. */
    static Map<String, Double> skillWeights(MatchQuery q) {
        Map<String, Double> weights = new LinkedHashMap<>();
        q.required().forEach(r -> weights.merge(r.skillId(), (double) Math.max(1, r.minLevel()), Double::sum));
        q.niceToHave().forEach(r -> weights.merge(r.skillId(), 0.5 * Math.max(1, r.minLevel()), Double::sum));
        return weights;
    }

    static void twoStages(TwoStageMatcher matcher, MatchQuery q, float[] vector) {
        float[] encoded = matcher.embed(q);
        matcher.freelancersFor(q, vector == null ? encoded : vector, 10, TwoStageMatcher.Exposure.IGNORE);
    }

    /** An MLP ranker of the shape matching serves (its weights do not change its cost). */
    static MlpRanker servedShape(NDManager manager) {
        RankerTrainingSettings s = RankerTrainingSettings.defaults();
        float[] zeros = new float[MatchFeature.count()];
        float[] ones = new float[MatchFeature.count()];
        Arrays.fill(ones, 1f);
        RankerSpec spec = new RankerSpec(MatchFeature.names(), zeros, ones, s.hidden(), s.dropout(), s.loss());
        Mlp block = MlpRanker.network(spec);
        block.initialize(manager, DataType.FLOAT32, new Shape(1, MatchFeature.count()));
        return MlpRanker.fromParameters(spec, MlpRanker.parametersOf(block), "served shape (bench)");
    }

    static float[] noisy(float[] v, Random random, float sigma) {
        float[] out = new float[v.length];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] + (float) (random.nextGaussian() * sigma / Math.sqrt(v.length));
            norm += out[i] * out[i];
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            out[i] *= inv;
        }
        return out;
    }

    static double percentile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
        System.out.flush();
    }
}
