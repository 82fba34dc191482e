package ai.talent.search.bench;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.text.EncoderSelection;
import ai.talent.nn.text.InferenceEngine;
import ai.talent.search.encode.DenseEncoder;
import ai.talent.search.eval.SimulatedSearchSet;
import ai.talent.search.index.Filters;
import ai.talent.search.index.IndexedFreelancer;
import ai.talent.search.index.LexicalQuery;
import ai.talent.search.index.ScoredFreelancer;
import ai.talent.search.index.lucene.LuceneBackend;
import ai.talent.search.index.lucene.LuceneSettings;
import ai.talent.search.query.QueryIntent;
import ai.talent.search.query.QueryParser;
import ai.talent.search.rank.FitFactors;
import ai.talent.search.rank.FusionWeights;
import ai.talent.search.rank.HybridSearcher;
import ai.talent.search.rank.LegExecutor;
import ai.talent.search.rank.SearchRequest;
import ai.talent.search.rank.SearchStages;
import ai.talent.sim.Marketplace;
import ai.talent.sim.SimConfig;
import ai.talent.sim.vectors.SkillVectors;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code ./talent bench search}: the embedded index at scale (100,000 simulated freelancers by default). Measures
 * profile encoding apart (sentences/s), then indexing with the embeddings precomputed (docs/s, beside indexing the
 * same documents without vectors in the same run), then single-threaded query latency after warm-up for BM25,
 * kNN and hybrid including parsing and query encoding (beside exact brute-force vector search), and HNSW
 * recall@10 against that exact search. Profile vectors are cached under {@code target/bench-search/}.
 */
public final class SearchBench {

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = 100_000;
        int queries = 300;
        int warmup = 60;
        long seed = 42;
        boolean quantized = false;
        int m = 16;
        int beam = 100;
        int candidates = 150;
        boolean shortText = false;
        boolean synthetic = false;
        int encodeSample = 200;
        double factor = LuceneSettings.DEFAULT_KNN_CANDIDATES_FACTOR;
        String engine = "onnx-runtime";
        int indexThreads = LuceneSettings.DEFAULT_INDEX_THREADS;
        double ramBufferMb = 64;
        boolean sequentialIndex = true;
        boolean merge = false;
        int legThreads = 2;
        List<Double> sweep = List.of(1.0, 1.5, 2.0, 3.0, 4.0);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--freelancers" -> n = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--quantized" -> quantized = true;
                case "--hnsw-m" -> m = Integer.parseInt(args[++i]);
                case "--beam-width" -> beam = Integer.parseInt(args[++i]);
                case "--candidates" -> candidates = Integer.parseInt(args[++i]);
                case "--knn-candidates-factor" -> factor = Double.parseDouble(args[++i]);
                case "--engine" -> engine = args[++i];
                case "--index-threads" -> indexThreads = Integer.parseInt(args[++i]);
                case "--ram-buffer-mb" -> ramBufferMb = Double.parseDouble(args[++i]);
                case "--no-one-thread-index" -> sequentialIndex = false;
                case "--merge" -> merge = true;
                case "--leg-threads" -> legThreads = Integer.parseInt(args[++i]);
                case "--factor-sweep" -> sweep = Arrays.stream(args[++i].split(",")).map(Double::parseDouble).toList();
                case "--short-profile-text" -> shortText = true;
                case "--synthetic-vectors" -> synthetic = true;
                case "--encode-sample" -> encodeSample = Integer.parseInt(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("""
                            Usage: ./talent bench search [--freelancers N] [--queries Q] [--seed S] [--quantized]
                                                         [--hnsw-m M] [--beam-width B] [--candidates C]
                                                         [--knn-candidates-factor F] [--factor-sweep F1,F2,...]
                                                         [--engine onnx-runtime|pytorch]
                                                         [--index-threads T] [--no-one-thread-index] [--merge]
                                                         [--ram-buffer-mb R] [--leg-threads L]
                                                         [--short-profile-text] [--synthetic-vectors [--encode-sample E]]
                            Lucene at N simulated freelancers (default 100,000): encoding sentences/s, indexing docs/s
                            with precomputed embeddings on T threads (talent.search.lucene.index-threads, default 2)
                            beside the same on one thread (skipped with --no-one-thread-index) and beside no vectors
                            (per wall second and per second of the process's CPU time, which a loaded machine distorts
                            less; RAM buffer R MB, default 64 as the service's talent.search.lucene.ram-buffer-mb),
                            the segments the bulk load left (--merge: merged into one first, as a rebuild does),
                            BM25 / kNN / hybrid p50 and p99 (parsing and query encoding included, one query at a time,
                            after warm-up; beside exact search), the hybrid with its BM25 leg on a leg thread beside
                            the dense leg (L threads, talent.search.leg-threads, default 2) beside the same searches
                            with the legs one after the other, in the same run, and with the query vector from the
                            query cache (a repeated query), the hybrid's p50 / p99 stage by stage (parse, encode,
                            BM25, kNN, wait, fusion, facets, hits) beside the encoder's bare forward pass, HNSW
                            recall@10 against exact search with the kNN leg exploring C × F candidates (F: talent.search.knn-candidates-factor, default 3), and the
                            recall / latency of the bare HNSW search for each factor of the sweep (default
                            1,1.5,2,3,4). --engine serves the encoder as talent.search.encoder.engine does (default
                            onnx-runtime, as the service); the other engine's bare forward pass is timed beside it on
                            the same queries. Profile vectors are cached under target/bench-search/;
                            the first run at 100,000 encodes every whole profile (about an hour of one core);
                            --short-profile-text encodes headline + skills only (one short window each) for a
                            quicker run of the index figures. --synthetic-vectors indexes skill-clustered unit vectors
                            instead (each profile the level-weighted sum of its skills' seeded random directions plus
                            noise; queries the same from their parsed skills), for the index, latency and recall figures
                            when encoding every profile is not affordable; encoding is then timed on E real profiles
                            (default 200) and the query encoder still runs inside every timed kNN and hybrid query.
                            Last line: one JSON object.""");
                    return;
                }
                default -> {
                    System.err.println("bench search: unknown option '" + args[i] + "' (try --help)");
                    System.exit(2);
                }
            }
        }
        SkillTaxonomy taxonomy = SkillTaxonomy.standard();
        Marketplace market = new Marketplace(SimConfig.of(n, 0, 0, seed).withQueries(queries + warmup));
        List<Freelancer> freelancers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            freelancers.add(market.freelancer(i).freelancer());
        }
        List<String> texts = new ArrayList<>();
        SimulatedSearchSet.generate(1, queries + warmup, seed).queries().forEach(q -> texts.add(q.text()));
        Map<String, Object> json = new LinkedHashMap<>();
        InferenceEngine served = DenseEncoder.engine(engine);
        InferenceEngine other = served == InferenceEngine.PYTORCH ? InferenceEngine.ONNX_RUNTIME : InferenceEngine.PYTORCH;
        try (DenseEncoder encoder = DenseEncoder.of(EncoderSelection.teacher(), taxonomy, 256, 0, served);
             DenseEncoder otherEncoder = DenseEncoder.of(EncoderSelection.teacher(), taxonomy, 256, 0, other)) {
            json.put("encoder.engine_onnx_runtime", served == InferenceEngine.ONNX_RUNTIME ? 1 : 0);
            // encoding, apart: a sample of profiles (all when the cache is cold)
            Path cache = Path.of("target/bench-search/vectors-" + seed + "-" + n + "-" + encoder.dimension()
                    + (shortText ? "-short" : "") + ".bin");
            SkillVectors skillVectors = new SkillVectors(encoder.dimension(), seed);
            float[][] vectors = synthetic ? skillVectors(freelancers, skillVectors)
                    : readCache(cache, n, encoder.dimension());
            int sample = Math.min(n, synthetic ? encodeSample : vectors == null ? n : 500);
            long t0 = System.nanoTime();
            float[][] encoded = shortText ? encodeShort(encoder, freelancers.subList(0, sample), taxonomy)
                    : encodeAll(encoder, freelancers.subList(0, sample));
            double encodeSeconds = (System.nanoTime() - t0) / 1e9;
            long chunks = 0;
            for (Freelancer f : freelancers.subList(0, sample)) {
                chunks += shortText ? 1 : encoder.chunkCount(f);
            }
            if (vectors == null) {
                vectors = encoded;
                writeCache(cache, vectors);
            }
            json.put("encoder.profile_text_short", shortText ? 1 : 0);
            json.put("vectors.synthetic", synthetic ? 1 : 0);
            if (synthetic) {
                System.out.printf(Locale.ROOT, "index vectors: synthetic (skill-clustered, %d dimensions); encoding timed "
                        + "on %d real profiles%n", encoder.dimension(), sample);
            }
            double sentencesPerSecond = chunks / encodeSeconds;
            System.out.printf(Locale.ROOT, "encoding: %,d profiles (%,d chunks of ≤256 word pieces) in %.1f s: %.0f "
                    + "sentences/s, %.0f profiles/s%n", sample, chunks, encodeSeconds, sentencesPerSecond, sample / encodeSeconds);
            json.put("encoder.sentences_per_s", round(sentencesPerSecond));
            json.put("encoder.profiles_per_s", round(sample / encodeSeconds));

            LuceneSettings settings = new LuceneSettings(m, beam, quantized, ramBufferMb, factor, indexThreads);
            Path plainDir = Files.createTempDirectory("bench-search-plain");
            double[] plainRate;
            try (LuceneBackend plain = new LuceneBackend(plainDir, encoder.dimension(), taxonomy, settings)) {
                plainRate = index(plain, freelancers, null);
            }
            delete(plainDir);
            double[] oneThreadRate = null;
            if (sequentialIndex && indexThreads > 1) {
                Path oneDir = Files.createTempDirectory("bench-search-one-thread");
                try (LuceneBackend one = new LuceneBackend(oneDir, encoder.dimension(), taxonomy,
                        settings.withIndexThreads(1))) {
                    oneThreadRate = index(one, freelancers, vectors);
                }
                delete(oneDir);
            }
            Path dir = Files.createTempDirectory("bench-search");
            try (LuceneBackend backend = new LuceneBackend(dir, encoder.dimension(), taxonomy, settings);
                 LegExecutor legs = legThreads > 0 ? new LegExecutor(legThreads) : null;
                 DenseEncoder cachedEncoder = DenseEncoder.of(EncoderSelection.teacher(), taxonomy, 256, 10_000,
                         served)) {
                double[] rate = index(backend, freelancers, vectors);
                System.out.printf(Locale.ROOT, "indexing %,d freelancers with precomputed vectors (HNSW M=%d, beam %d%s, "
                        + "RAM buffer %.0f MB) on %d thread%s: %.0f docs/s; without vectors %.0f docs/s (ratio %.2f); "
                        + "goal ≥ 5,000 docs/s%n", n, m, beam, quantized ? ", int8" : "", ramBufferMb, indexThreads,
                        indexThreads == 1 ? "" : "s", rate[0], plainRate[0], rate[0] / plainRate[0]);
                if (oneThreadRate != null) {
                    System.out.printf(Locale.ROOT, "  the same on one thread: %.0f docs/s (%d threads ×%.2f); per "
                            + "CPU-second %.0f on one thread, %.0f on %d%n", oneThreadRate[0], indexThreads,
                            rate[0] / oneThreadRate[0], oneThreadRate[1], rate[1], indexThreads);
                    json.put("lucene.index.one_thread.docs_per_s", round(oneThreadRate[0]));
                    json.put("lucene.index.one_thread.docs_per_cpu_s", round(oneThreadRate[1]));
                    json.put("lucene.index.threads_speedup", round(rate[0] / oneThreadRate[0]));
                }
                System.out.printf(Locale.ROOT, "  per second of process CPU time: %.0f docs/s with vectors, %.0f without "
                        + "(wall/CPU %.2f and %.2f: under 1 means other processes took the cores or, with several "
                        + "threads, that they ran side by side)%n", rate[1],
                        plainRate[1], rate[0] / rate[1], plainRate[0] / plainRate[1]);
                json.put("lucene.index.threads", indexThreads);
                json.put("lucene.index.ram_buffer_mb", ramBufferMb);
                json.put("lucene.index.docs_per_s", round(rate[0]));
                json.put("lucene.index.no_vectors.docs_per_s", round(plainRate[0]));
                json.put("lucene.index.ratio_to_no_vectors", round(rate[0] / plainRate[0]));
                json.put("lucene.index.docs_per_cpu_s", round(rate[1]));
                json.put("lucene.index.no_vectors.docs_per_cpu_s", round(plainRate[1]));
                int segments = backend.store().segments();
                json.put("lucene.segments.bulk", segments);
                if (merge) {
                    long mergeStart = System.nanoTime();
                    backend.store().forceMerge(1);
                    double seconds = (System.nanoTime() - mergeStart) / 1e9;
                    System.out.printf(Locale.ROOT, "segments after the bulk load: %d; merged into %d in %.1f s, as a "
                            + "rebuild leaves its generation (the queries below search the merged index)%n", segments,
                            backend.store().segments(), seconds);
                    json.put("lucene.merge_s", round(seconds));
                } else {
                    System.out.printf(Locale.ROOT, "segments after the bulk load: %d (the queries below search them "
                            + "as they are; --merge merges them into one first, as a rebuild does)%n", segments);
                }
                json.put("lucene.segments", backend.store().segments());

                QueryParser parser = new QueryParser(taxonomy, 1400);
                HybridSearcher searcher = new HybridSearcher(() -> backend, encoder, () -> parser, taxonomy,
                        FusionWeights.equal(), FitFactors.defaults(), new HybridSearcher.Settings(candidates, 20));
                HybridSearcher parallel = new HybridSearcher(() -> backend, encoder, () -> parser, taxonomy,
                        FusionWeights.equal(), FitFactors.defaults(), new HybridSearcher.Settings(candidates, 20))
                        .legsOn(legs);
                HybridSearcher cached = new HybridSearcher(() -> backend, cachedEncoder, () -> parser, taxonomy,
                        FusionWeights.equal(), FitFactors.defaults(), new HybridSearcher.Settings(candidates, 20))
                        .legsOn(legs);
                final int k = candidates;
                final float[][] all = vectors;
                Latency bm25 = new Latency();
                Latency knn = new Latency();
                Latency hybrid = new Latency();
                Latency sequential = new Latency();
                Latency repeated = new Latency();
                Latency exact = new Latency();
                Latency forward = new Latency();
                Latency otherForward = new Latency();
                Map<SearchStages.Stage, Latency> stages = new EnumMap<>(SearchStages.Stage.class);
                Map<SearchStages.Stage, Latency> sequentialStages = new EnumMap<>(SearchStages.Stage.class);
                for (SearchStages.Stage stage : SearchStages.Stage.values()) {
                    stages.put(stage, new Latency());
                    sequentialStages.put(stage, new Latency());
                }
                List<float[]> measuredVectors = new ArrayList<>();
                List<Set<String>> truths = new ArrayList<>();
                int hits = 0;
                int total = 0;
                for (int q = 0; q < texts.size(); q++) {
                    String text = texts.get(q);
                    boolean measured = q >= warmup;
                    long s = System.nanoTime();
                    QueryIntent intent = searcher.parse(text);
                    backend.lexical(new LexicalQuery(text, intent.skillIds()), Filters.none(), 100);
                    bm25.add(measured, System.nanoTime() - s);

                    long f = System.nanoTime();
                    otherEncoder.query(text);
                    otherForward.add(measured, System.nanoTime() - f);

                    s = System.nanoTime();
                    searcher.parse(text);
                    f = System.nanoTime();
                    float[] v = encoder.query(text);
                    forward.add(measured, System.nanoTime() - f);
                    if (synthetic) {
                        v = skillVectors.query(intent.skillIds().stream().distinct()
                                .collect(Collectors.toMap(id -> id, id -> 3.0, (a, b) -> a, LinkedHashMap::new)), q);
                    }
                    List<ScoredFreelancer> approx = backend.knn(v, Filters.none(), k);
                    knn.add(measured, System.nanoTime() - s);

                    // the same query with parallel legs and one leg after the other, in alternating order so that
                    // neither always runs second on warmer caches
                    for (int pass = 0; pass < 2; pass++) {
                        boolean side = (q + pass) % 2 == 0;
                        SearchStages timed = new SearchStages();
                        s = System.nanoTime();
                        (side ? parallel : searcher).search(SearchRequest.of(text, 10), timed);
                        (side ? hybrid : sequential).add(measured, System.nanoTime() - s);
                        for (SearchStages.Stage stage : SearchStages.Stage.values()) {
                            (side ? stages : sequentialStages).get(stage).add(measured,
                                    (long) (timed.millis(stage) * 1e6));
                        }
                    }
                    // a repeated query (the next page, say): its vector comes from the query cache
                    cached.search(SearchRequest.of(text, 10));
                    s = System.nanoTime();
                    cached.search(new SearchRequest(text, Filters.none(), 2, 10, null, null));
                    repeated.add(measured, System.nanoTime() - s);

                    s = System.nanoTime();
                    Set<String> truth = exactTop(all, freelancers, v, 10);
                    exact.add(measured, System.nanoTime() - s);
                    if (measured) {
                        measuredVectors.add(v);
                        truths.add(truth);
                        hits += overlap(approx, truth);
                        total += 10;
                    }
                }
                double recall = (double) hits / total;
                System.out.printf(Locale.ROOT, "queries (%d after %d warm-up, one thread):%n", queries, warmup);
                String otherKey = "forward_" + (other == InferenceEngine.PYTORCH ? "pytorch" : "onnx_runtime");
                for (var e : Map.of("bm25", bm25, "knn", knn, "hybrid", hybrid, "hybrid_sequential", sequential,
                        "hybrid_repeated", repeated, "exact", exact, "forward", forward, otherKey, otherForward)
                        .entrySet().stream()
                        .sorted(Map.Entry.comparingByKey()).toList()) {
                    System.out.printf(Locale.ROOT, "  %-17s p50 %6.2f ms   p99 %6.2f ms%n", e.getKey(), e.getValue().p(50),
                            e.getValue().p(99));
                    json.put(e.getKey() + ".p50_ms", round(e.getValue().p(50)));
                    json.put(e.getKey() + ".p99_ms", round(e.getValue().p(99)));
                }
                System.out.printf(Locale.ROOT, "  (forward: the query encoder alone on %s, tokenisation and one MiniLM "
                        + "forward pass, no cache; %s: the same on the other engine, p50 ratio %.2f)%n", engine, otherKey,
                        otherForward.p(50) / forward.p(50));
                System.out.printf(Locale.ROOT, "  (hybrid: the BM25 leg on one of %d leg threads beside the query encoding "
                        + "and kNN; hybrid_sequential: the same searches, legs one after the other; hybrid_repeated: "
                        + "page 2 of the same query, its vector from the query cache)%n", legThreads);
                System.out.printf(Locale.ROOT, "hybrid, parallel legs against legs one after the other (same run): p50 "
                        + "%.2f / %.2f ms (×%.2f), p99 %.2f / %.2f ms (×%.2f); goal p99 ≤ 30 ms%n", hybrid.p(50),
                        sequential.p(50), sequential.p(50) / hybrid.p(50), hybrid.p(99), sequential.p(99),
                        sequential.p(99) / hybrid.p(99));
                json.put("hybrid.leg_threads", legThreads);
                json.put("hybrid.parallel_speedup.p50", round(sequential.p(50) / hybrid.p(50)));
                json.put("hybrid.parallel_speedup.p99", round(sequential.p(99) / hybrid.p(99)));
                json.put("hybrid_repeated.ratio_to_hybrid.p50", round(repeated.p(50) / hybrid.p(50)));
                printStages("hybrid, parallel legs", "hybrid", stages, hybrid, json, true);
                printStages("hybrid, legs one after the other", "hybrid_sequential", sequentialStages, sequential,
                        json, false);
                System.out.printf(Locale.ROOT, "hybrid p99 %.1f ms (goal ≤ 30 ms); kNN p50 %.2f ms vs exact %.2f ms (%.1f× faster)%n",
                        hybrid.p(99), knn.p(50), exact.p(50), exact.p(50) / knn.p(50));
                System.out.printf(Locale.ROOT, "HNSW recall@10 against exact search: %.4f (goal ≥ 0.95; %d candidates, "
                        + "%d explored)%n", recall, k, settings.numCandidates(k));
                json.put("knn.speedup_over_exact.p50", round(exact.p(50) / knn.p(50)));
                json.put("knn.recall10", round(recall));
                json.put("hnsw.candidates_factor", factor);
                System.out.println("HNSW search alone (query vectors precomputed, candidates loaded), by candidates factor:");
                for (double fct : sweep) {
                    int explored = new LuceneSettings(m, beam, quantized, 2048, fct).numCandidates(k);
                    Latency alone = new Latency();
                    int found = 0;
                    for (int rep = 0; rep < 2; rep++) {
                        for (int q = 0; q < measuredVectors.size(); q++) {
                            long s = System.nanoTime();
                            List<ScoredFreelancer> approx = backend.knn(measuredVectors.get(q), Filters.none(), k,
                                    explored);
                            alone.add(rep == 1, System.nanoTime() - s);
                            found += rep == 1 ? overlap(approx, truths.get(q)) : 0;
                        }
                    }
                    double r = found / (10.0 * measuredVectors.size());
                    System.out.printf(Locale.ROOT, "  factor %4.1f (%4d explored): recall@10 %.4f   p50 %6.2f ms   p99 %6.2f ms%n",
                            fct, explored, r, alone.p(50), alone.p(99));
                    String key = "knn.factor_" + String.valueOf(fct).replace('.', '_');
                    json.put(key + ".recall10", round(r));
                    json.put(key + ".p50_ms", round(alone.p(50)));
                    json.put(key + ".p99_ms", round(alone.p(99)));
                }
                json.put("freelancers", n);
                json.put("hnsw.m", m);
                json.put("hnsw.beam_width", beam);
                json.put("hnsw.candidates", k);
                json.put("hnsw.quantized", quantized ? 1 : 0);
            }
            delete(dir);
        }
        StringBuilder line = new StringBuilder("{");
        json.forEach((key, value) -> line.append(line.length() > 1 ? "," : "").append('"').append(key).append("\":")
                .append(value));
        line.append('}');
        Files.createDirectories(Path.of("target/reports"));
        Files.writeString(Path.of("target/reports/bench-search.json"), line + "\n");
        System.out.println(line);
    }

    private static float[][] skillVectors(List<Freelancer> freelancers, SkillVectors skillVectors) {
        float[][] out = new float[freelancers.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = skillVectors.profile(freelancers.get(i), i);
        }
        return out;
    }

    private static float[][] encodeAll(DenseEncoder encoder, List<Freelancer> freelancers) {
        float[][] out = new float[freelancers.size()][];
        int batch = 64;
        for (int from = 0; from < freelancers.size(); from += batch) {
            float[][] part = encoder.profiles(freelancers.subList(from, Math.min(freelancers.size(), from + batch)));
            System.arraycopy(part, 0, out, from, part.length);
            if ((from / batch) % 100 == 0 && from > 0) {
                System.err.printf(Locale.ROOT, "  encoded %,d / %,d profiles%n", from, freelancers.size());
            }
        }
        return out;
    }

    /** Headline and English skill names only: one short window per profile. */
    private static float[][] encodeShort(DenseEncoder encoder, List<Freelancer> freelancers, SkillTaxonomy taxonomy) {
        float[][] out = new float[freelancers.size()][];
        int batch = 256;
        for (int from = 0; from < freelancers.size(); from += batch) {
            List<String> texts = new ArrayList<>();
            for (Freelancer f : freelancers.subList(from, Math.min(freelancers.size(), from + batch))) {
                texts.add(f.headline() + " | " + ai.talent.search.index.ProfileFields.englishSkillNames(f, taxonomy));
            }
            float[][] part = encoder.texts(texts);
            System.arraycopy(part, 0, out, from, part.length);
            if ((from / batch) % 40 == 0 && from > 0) {
                System.err.printf(Locale.ROOT, "  encoded %,d / %,d profiles%n", from, freelancers.size());
            }
        }
        return out;
    }

    /**
     * The stage table of one way of searching. With parallel legs the BM25 leg (and its candidates' intent fit,
     * counted in fusion) overlaps the encoder and kNN, so the stages on the calling thread are the others.
     */
    private static void printStages(String title, String key, Map<SearchStages.Stage, Latency> stages, Latency total,
                                    Map<String, Object> json, boolean parallel) {
        System.out.println(title + ", stage by stage (p50 / p99 / mean ms of each stage on its own):");
        double meanSum = 0;
        for (var e : stages.entrySet()) {
            String name = e.getKey().name().toLowerCase(Locale.ROOT);
            if (!parallel && e.getKey() == SearchStages.Stage.WAIT) {
                continue;
            }
            System.out.printf(Locale.ROOT, "  %-7s %6.2f / %6.2f / %6.2f%s%n", name, e.getValue().p(50),
                    e.getValue().p(99), e.getValue().mean(),
                    parallel && e.getKey() == SearchStages.Stage.BM25 ? "   (beside encode + kNN)" : "");
            if (!(parallel && e.getKey() == SearchStages.Stage.BM25)) {
                meanSum += e.getValue().mean();
            }
            json.put(key + ".stage." + name + ".p50_ms", round(e.getValue().p(50)));
            json.put(key + ".stage." + name + ".p99_ms", round(e.getValue().p(99)));
            json.put(key + ".stage." + name + ".mean_ms", round(e.getValue().mean()));
        }
        System.out.printf(Locale.ROOT, "  the calling thread's stages' means add up to %.2f ms of the mean %.2f ms%s; the "
                        + "encoder stage is %.0f %% of it%n", meanSum, total.mean(),
                parallel ? " (BM25 and its candidates' intent fit left out: they ran beside)" : "", 100 * stages.get(SearchStages.Stage.ENCODE).mean() / total.mean());
    }

    private static int overlap(List<ScoredFreelancer> approx, Set<String> truth) {
        int found = 0;
        for (ScoredFreelancer h : approx.subList(0, Math.min(10, approx.size()))) {
            if (truth.contains(h.id())) {
                found++;
            }
        }
        return found;
    }

    /** Indexes every profile in batches of 1,000 (the bulk path), commits and publishes: {docs/s, docs/CPU-s}. */
    private static double[] index(LuceneBackend backend, List<Freelancer> freelancers, float[][] vectors) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long s = System.nanoTime();
        int batch = 1000;
        for (int from = 0; from < freelancers.size(); from += batch) {
            List<IndexedFreelancer> docs = new ArrayList<>(batch);
            for (int i = from; i < Math.min(freelancers.size(), from + batch); i++) {
                docs.add(new IndexedFreelancer(freelancers.get(i), vectors == null ? null : vectors[i], i));
            }
            backend.upsert(docs);
        }
        backend.commit(ai.talent.search.index.Checkpoint.empty().after("freelancers", 0, freelancers.size()));
        backend.refresh();
        double wall = (System.nanoTime() - s) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        return new double[] {freelancers.size() / wall, freelancers.size() / cpuSeconds};
    }

    private static Set<String> exactTop(float[][] vectors, List<Freelancer> freelancers, float[] q, int k) {
        double[] best = new double[k];
        int[] ids = new int[k];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < vectors.length; i++) {
            float[] v = vectors[i];
            double dot = 0;
            for (int d = 0; d < v.length; d++) {
                dot += v[d] * q[d];
            }
            if (dot > best[k - 1]) {
                int at = k - 1;
                while (at > 0 && best[at - 1] < dot) {
                    best[at] = best[at - 1];
                    ids[at] = ids[at - 1];
                    at--;
                }
                best[at] = dot;
                ids[at] = i;
            }
        }
        Set<String> out = new HashSet<>();
        for (int id : ids) {
            out.add(freelancers.get(id).id());
        }
        return out;
    }

    private static float[][] readCache(Path file, int n, int dimension) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            float[][] out = new float[n][dimension];
            for (float[] v : out) {
                for (int d = 0; d < dimension; d++) {
                    v[d] = in.readFloat();
                }
            }
            return out;
        }
    }

    private static void writeCache(Path file, float[][] vectors) throws IOException {
        Files.createDirectories(file.getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
            for (float[] v : vectors) {
                for (float x : v) {
                    out.writeFloat(x);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Latencies of the measured (post-warm-up) calls, in milliseconds. */
    private static final class Latency {
        private final List<Double> ms = new ArrayList<>();

        void add(boolean measured, long nanos) {
            if (measured) {
                ms.add(nanos / 1e6);
            }
        }

        double mean() {
            return ms.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        }

        double p(int percentile) {
            double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int idx = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
        }
    }
}
