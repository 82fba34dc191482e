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
 * index's cost depends on the vectors' count and spread, not on who wrote them).
 */
public final class MatchingBench {

    static final String USAGE = """
            Usage: ./talent bench matching [options]
              Top-10 latency of the two stages (encoding included, single-threaded, after warm-up) at scale, and HNSW
              recall@50 against exact search measured in the same run. Last line: one JSON object.
            Options:
              --freelancers N  freelancers in the index (default 100000)
              --embedded N     profiles encoded with the towers' encoder; the rest are noisy copies (default 3000)
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
                "--ef", "--seed", "--registry"), Set.of("--quick"), USAGE)));
    }

    static void run(ToolArgs a) throws Exception {
        boolean quick = a.flag("--quick");
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
            long t0 = System.nanoTime();
            float[][] real = encoder.embed(pool.subList(0, embedded).stream().map(texts::profile).toList());
            log("encoded %,d profiles in %.0f s; %,d more as noisy copies", embedded, (System.nanoTime() - t0) / 1e9,
                    n - embedded);
            float[][] vectors = new float[n][];
            Random random = new Random(seed);
            for (int i = 0; i < n; i++) {
                vectors[i] = i < embedded ? real[i] : noisy(real[random.nextInt(embedded)], random, 0.35f);
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
                for (int i = 0; i < warmup; i++) {
                    matcher.freelancersFor(timed.get(i), 10, TwoStageMatcher.Exposure.IGNORE);
                    index.exact(matcher.embed(timed.get(i)), IndexFilter.NONE, 10);
                }
                double[] twoStage = new double[queries];
                double[] encode = new double[queries];
                double[] exactTop10 = new double[queries];
                double recall = 0;
                for (int i = 0; i < queries; i++) {
                    MatchQuery q = timed.get(warmup + i);
                    long s = System.nanoTime();
                    matcher.freelancersFor(q, 10, TwoStageMatcher.Exposure.IGNORE);
                    twoStage[i] = (System.nanoTime() - s) / 1e6;
                    s = System.nanoTime();
                    float[] v = matcher.embed(q);
                    encode[i] = (System.nanoTime() - s) / 1e6;
                    s = System.nanoTime();
                    List<IndexHit<Freelancer>> exact = index.exact(v, IndexFilter.NONE, 50);
                    exactTop10[i] = (System.nanoTime() - s) / 1e6;
                    Set<String> truth = new HashSet<>(exact.stream().map(IndexHit::id).toList());
                    long found = index.knn(v, IndexFilter.NONE, 50).stream().filter(h -> truth.contains(h.id()))
                            .count();
                    recall += (double) found / Math.max(1, truth.size());
                }
                recall /= queries;
                double p99 = percentile(twoStage, 0.99);
                double p50 = percentile(twoStage, 0.50);
                double encodeP99 = percentile(encode, 0.99);
                double exactP99 = percentile(exactTop10, 0.99);
                System.out.println();
                log("two stages, top 10 at %,d freelancers (%d projects, single thread): p50 %.1f ms, p99 %.1f ms "
                        + "(goal ≤ 50 ms)", n, queries, p50, p99);
                log("  of which encoding the project alone: p50 %.1f ms, p99 %.1f ms", percentile(encode, 0.5),
                        encodeP99);
                log("reference, same run: exact search (every vector compared) p99 %.1f ms; two stages / exact "
                        + "= %.2f", exactP99, p99 / Math.max(1e-9, exactP99 + encodeP99));
                log("HNSW recall@50 against exact search: %.4f (goal ≥ 0.95)", recall);
                figures.put("freelancers", n);
                figures.put("embedded", embedded);
                figures.put("queries", queries);
                figures.put("matching.top10.p50_ms", round(p50));
                figures.put("matching.top10.p99_ms", round(p99));
                figures.put("matching.encode.p99_ms", round(encodeP99));
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
