package ai.talent.search.eval;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.search.config.SearchConfig;
import ai.talent.search.encode.DenseEncoder;
import ai.talent.search.index.Filters;
import ai.talent.search.index.SearchBackend;
import ai.talent.search.index.SortOrder;
import ai.talent.search.index.lucene.LuceneBackend;
import ai.talent.search.index.lucene.LuceneSettings;
import ai.talent.search.query.QueryIntent;
import ai.talent.search.query.QueryParser;
import ai.talent.search.rank.FitFactors;
import ai.talent.search.rank.FusionWeights;
import ai.talent.search.rank.HybridSearcher;
import ai.talent.search.rank.RetrievalMode;
import ai.talent.search.rank.SearchRequest;
import ai.talent.search.rank.SearchService;
import ai.talent.domain.model.Language;
import ai.talent.sim.harness.HarnessConfig;
import ai.talent.sim.harness.Metrics;
import ai.talent.sim.harness.ScoringHarness;
import ai.talent.sim.harness.SearchExample;
import ai.talent.sim.harness.SearchItem;
import ai.talent.sim.harness.SearchSet;
import ai.talent.sim.harness.SearchTask;
import ai.talent.sim.harness.TaskReport;
import ai.talent.sim.text.TextHalf;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Search through the simulator's scoring harness: the training seeds' judged queries are the validation set (fit
 * factors and fusion weights per query shape are tuned there), the test seeds' queries — written with the other
 * half of the wording, over other markets — are ranked BM25-only, dense-only and hybrid and scored by the harness
 * beside its references (random, lexical rule, logistic regression on structured fields) and its oracle; the judged
 * test queries are also rendered in English and in Korean and scored by the language of the profiles they should
 * find ({@link CrossLanguageQueries}). Each seed's pool is indexed in its own Lucene index with its MiniLM vectors
 * (cached between runs by content).
 */
public final class HarnessEvaluation {

    /**
     * The harness's report (systems bm25, dense, hybrid beside the references), what validation chose, and NDCG@10 per
     * mode on the cross-language queries: Korean queries most of whose relevant freelancers write their profiles in
     * English (the report's groups are by query language only).
     */
    public record Result(TaskReport report, Map<String, String> weights, FitFactors factors, int validationQueries,
                         Map<String, SimulatedEvaluation.Figure> crossLanguage, Rendered rendered) {
    }

    /**
     * The judged test queries rendered in English and in Korean ({@link CrossLanguageQueries}): NDCG@10 per mode
     * and cell ({@code hybrid} → {@code xlang_ko_query_en_profiles} → figure), how many judged queries were
     * rendered and how many were passed over (no Korean rendering naming the same facts), and per cross-language
     * cell the paired difference to the same queries' same-language rendering (cross minus same; mode → cell →
     * figure).
     */
    public record Rendered(Map<String, Map<String, SimulatedEvaluation.Figure>> figures, int queries, int passedOver,
                           Map<String, Map<String, SimulatedEvaluation.Figure>> pairedGap) {
    }

    /** The system name of the hybrid ranked with the service's shipped weights and fit factors. */
    static final String SERVED = "served";

    private HarnessEvaluation() {
    }

    /** {@code talent.search.fusion.*} as the service's {@code application.properties} sets them. */
    static SearchConfig.Fusion shippedFusion() {
        java.util.Properties p = new java.util.Properties();
        try (var in = HarnessEvaluation.class.getResourceAsStream("/application.properties")) {
            if (in == null) {
                throw new IllegalStateException("application.properties is not on the class path");
            }
            p.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String prefix = "talent.search.fusion.";
        Map<String, String> shapes = new LinkedHashMap<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith(prefix + "shapes.")).sorted()
                .forEach(k -> shapes.put(k.substring((prefix + "shapes.").length()), p.getProperty(k)));
        return new SearchConfig.Fusion() {
            @Override
            public double k() {
                return Double.parseDouble(p.getProperty(prefix + "k", "60"));
            }

            @Override
            public String fallback() {
                return p.getProperty(prefix + "default", "1,1,1");
            }

            @Override
            public Map<String, String> shapes() {
                return shapes;
            }

            @Override
            public boolean koreanDenseAsEnglish() {
                return Boolean.parseBoolean(p.getProperty(prefix + "korean-dense-as-english", "true"));
            }
        };
    }

    public static Result run(HarnessConfig config, DenseEncoder encoder, Path workDir, Path vectorCacheDir,
                             PrintStream log) {
        long start = System.nanoTime();
        ScoringHarness harness = ScoringHarness.build(config, 2,
                seed -> log.printf(Locale.ROOT, "  simulated seed %d (%.0f s)%n", seed, (System.nanoTime() - start) / 1e9));
        SearchTask task = harness.search();
        SkillTaxonomy taxonomy = SkillTaxonomy.standard();
        QueryParser parser = new QueryParser(taxonomy, 1400);
        AtomicReference<SearchBackend> current = new AtomicReference<>();
        HybridSearcher searcher = new HybridSearcher(current::get, encoder, () -> parser, taxonomy,
                FusionWeights.equal(), FitFactors.defaults(), new HybridSearcher.Settings(150, 20));

        List<SimulatedEvaluation.Scored> validation = new ArrayList<>();
        for (SearchSet set : task.train()) {
            try (LuceneBackend backend = index(set, encoder, workDir, vectorCacheDir, taxonomy, log)) {
                current.set(backend);
                for (SearchExample e : set.examples()) {
                    SimulatedSearchSet.JudgedQuery q = judged(e);
                    if (q.relevant() == 0) {
                        continue;
                    }
                    QueryIntent intent = searcher.parse(q.text());
                    validation.add(new SimulatedEvaluation.Scored(q, intent, searcher.retrieve(request(q.text()), intent),
                            true));
                }
            }
        }
        log.printf(Locale.ROOT, "tuning on %d validation queries (training seeds %s)%n", validation.size(),
                config.trainSeeds());
        SimulatedEvaluation.Tuned tuned = SimulatedEvaluation.tune(searcher, validation, log);

        Map<RetrievalMode, Map<String, List<String>>> rankings = new EnumMap<>(RetrievalMode.class);
        for (RetrievalMode mode : RetrievalMode.values()) {
            rankings.put(mode, new LinkedHashMap<>());
        }
        // the hybrid as the service ships it: the fusion weights of its application.properties and the default fit
        // factors, not the ones tuned above
        SearchConfig.Fusion fusion = shippedFusion();
        HybridSearcher shipped = new HybridSearcher(current::get, encoder, () -> parser, taxonomy,
                SearchService.weights(fusion), FitFactors.defaults(),
                new HybridSearcher.Settings(150, 20, fusion.koreanDenseAsEnglish()));
        Map<String, List<String>> served = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> grades = task.testGrades();
        List<String> crossItems = new ArrayList<>();
        // the rendered queries' NDCG@10: mode -> cell -> item -> value (items not in a cell are absent)
        Map<RetrievalMode, Map<CrossLanguageQueries.Cell, Map<String, Double>>> renderedValues =
                new EnumMap<>(RetrievalMode.class);
        for (RetrievalMode mode : RetrievalMode.values()) {
            Map<CrossLanguageQueries.Cell, Map<String, Double>> byCell = new LinkedHashMap<>();
            CrossLanguageQueries.Cell.ALL.forEach(c -> byCell.put(c, new LinkedHashMap<>()));
            renderedValues.put(mode, byCell);
        }
        int renderedQueries = 0;
        int passedOver = 0;
        for (SearchSet set : task.tests()) {
            crossItems.addAll(crossLanguage(set, grades));
            // the harness's test markets write with the test half of the wording, so do their renderings
            CrossLanguageQueries.Renderings renderings = CrossLanguageQueries.render(set, TextHalf.TEST, grades);
            renderedQueries += renderings.rendered().size();
            passedOver += renderings.passedOver();
            Map<String, Language> written = CrossLanguageQueries.written(set);
            try (LuceneBackend backend = index(set, encoder, workDir, vectorCacheDir, taxonomy, log)) {
                current.set(backend);
                for (SearchItem item : set.items()) {
                    QueryIntent intent = searcher.parse(item.text());
                    HybridSearcher.Retrieval retrieval = searcher.retrieve(request(item.text()), intent);
                    for (RetrievalMode mode : RetrievalMode.values()) {
                        rankings.get(mode).put(item.id(), tuned.rank(searcher, intent, retrieval, mode));
                    }
                    served.put(item.id(), shipped.rank(retrieval, shipped.weightsFor(intent.shape()),
                            RetrievalMode.HYBRID));
                }
                for (CrossLanguageQueries.Rendered r : renderings.rendered()) {
                    for (Language l : List.of(Language.KO, Language.EN)) {
                        String text = r.text(l);
                        QueryIntent intent = searcher.parse(text);
                        HybridSearcher.Retrieval retrieval = searcher.retrieve(request(text), intent);
                        for (RetrievalMode mode : RetrievalMode.values()) {
                            List<String> ranking = tuned.rank(searcher, intent, retrieval, mode);
                            ranking = ranking.size() > SearchTask.DEPTH ? ranking.subList(0, SearchTask.DEPTH) : ranking;
                            for (var cell : renderedValues.get(mode).entrySet()) {
                                if (cell.getKey().query() != l) {
                                    continue;
                                }
                                double v = CrossLanguageQueries.ndcg10(cell.getKey(), ranking, grades.get(r.itemId()),
                                        written);
                                if (!Double.isNaN(v)) {
                                    cell.getValue().put(r.itemId(), v);
                                }
                            }
                        }
                    }
                }
            }
        }
        log.printf(Locale.ROOT, "cross-language set: %d judged test queries rendered in English and Korean (%d passed "
                + "over: no Korean rendering named the same facts); by the language of their relevant profiles: %s%n",
                renderedQueries, passedOver, renderedValues.get(RetrievalMode.HYBRID).entrySet().stream()
                        .filter(e -> e.getKey().query() == Language.KO && e.getKey().profiles() != null)
                        .map(e -> (e.getKey().within() ? "with a judged profile in " : "mostly ")
                                + e.getKey().profiles() + " " + e.getValue().size()).toList());
        Map<String, Map<String, List<String>>> models = new LinkedHashMap<>();
        rankings.forEach((mode, byItem) -> models.put(mode.name().toLowerCase(Locale.ROOT), byItem));
        models.put(SERVED, served);
        Map<String, SimulatedEvaluation.Figure> cross = new LinkedHashMap<>();
        rankings.forEach((mode, byItem) -> cross.put(mode.name().toLowerCase(Locale.ROOT),
                ndcg10(crossItems, byItem, grades)));
        Map<String, Map<String, SimulatedEvaluation.Figure>> renderedFigures = new LinkedHashMap<>();
        Map<String, Map<String, SimulatedEvaluation.Figure>> gaps = new LinkedHashMap<>();
        for (RetrievalMode mode : RetrievalMode.values()) {
            String name = mode.name().toLowerCase(Locale.ROOT);
            Map<String, SimulatedEvaluation.Figure> byCell = new LinkedHashMap<>();
            Map<String, SimulatedEvaluation.Figure> gapByCell = new LinkedHashMap<>();
            Map<CrossLanguageQueries.Cell, Map<String, Double>> values = renderedValues.get(mode);
            values.forEach((cell, byItem) -> {
                byCell.put(cell.key(), meanAndStandardError(
                        byItem.values().stream().mapToDouble(Double::doubleValue).toArray()));
                if (cell.crossLanguage()) {
                    // the same queries in the profiles' language: the same items, as the cell depends on the grades
                    Map<String, Double> same = values.get(cell.sameLanguage());
                    gapByCell.put(cell.key(), meanAndStandardError(byItem.entrySet().stream()
                            .mapToDouble(e -> e.getValue() - same.get(e.getKey())).toArray()));
                }
            });
            renderedFigures.put(name, byCell);
            gaps.put(name, gapByCell);
        }
        return new Result(task.report(models), tuned.describe(), tuned.factors(), validation.size(), cross,
                new Rendered(renderedFigures, renderedQueries, passedOver, gaps));
    }

    /**
     * The Korean queries of a test set most of whose relevant freelancers (grade at least the harness's relevance
     * grade) write their profiles in English: a Korean query reaches them only through meaning or skill names.
     */
    static List<String> crossLanguage(SearchSet set, Map<String, Map<String, Integer>> grades) {
        Map<String, Language> written = CrossLanguageQueries.written(set);
        List<String> out = new ArrayList<>();
        for (SearchItem item : set.items()) {
            if (item.language() == Language.KO && CrossLanguageQueries.mostlyWrittenIn(
                    grades.getOrDefault(item.id(), Map.of()), written) == Language.EN) {
                out.add(item.id());
            }
        }
        return out;
    }

    /** Mean NDCG@10 of the items' rankings, with its standard error. */
    static SimulatedEvaluation.Figure ndcg10(List<String> items, Map<String, List<String>> rankings,
                                             Map<String, Map<String, Integer>> grades) {
        if (items.isEmpty()) {
            return new SimulatedEvaluation.Figure(Double.NaN, Double.NaN, 0);
        }
        double[] v = new double[items.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = Metrics.ndcgAt(10, rankings.getOrDefault(items.get(i), List.of()), grades.get(items.get(i)));
        }
        return meanAndStandardError(v);
    }

    /** Mean of the values with its standard error (NaN and n 0 when there are none). */
    static SimulatedEvaluation.Figure meanAndStandardError(double[] v) {
        if (v.length == 0) {
            return new SimulatedEvaluation.Figure(Double.NaN, Double.NaN, 0);
        }
        double mean = java.util.Arrays.stream(v).average().orElse(Double.NaN);
        double var = java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, v.length - 1);
        return new SimulatedEvaluation.Figure(mean, Math.sqrt(var / v.length), v.length);
    }

    private static SearchRequest request(String text) {
        return new SearchRequest(text, Filters.none(), 1, SearchTask.DEPTH, SortOrder.RELEVANCE, RetrievalMode.HYBRID);
    }

    /** A training query as the tuning reads it: its grades and how many freelancers have each. */
    static SimulatedSearchSet.JudgedQuery judged(SearchExample e) {
        long[] counts = new long[4];
        e.grades().values().forEach(g -> counts[g]++);
        return new SimulatedSearchSet.JudgedQuery(e.item().id(), e.item().text(), e.item().language().name(), null,
                e.grades(), List.of(), counts[1], counts[2], counts[3]);
    }

    private static LuceneBackend index(SearchSet set, DenseEncoder encoder, Path workDir, Path vectorCacheDir,
                                       SkillTaxonomy taxonomy, PrintStream log) {
        long start = System.nanoTime();
        LuceneBackend backend = new LuceneBackend(workDir.resolve("seed-" + set.seed()), encoder.dimension(), taxonomy,
                LuceneSettings.defaults());
        // one cache per encoder (model, version, window): a second run with another encoder encodes its own vectors,
        // a repeated run of either reads them back
        Path cache = vectorCacheDir == null ? null : vectorCacheDir.resolve(String.format(Locale.ROOT,
                "pool-%d-%d-%08x-%d-%s.bin", set.seed(), set.pool().size(), contentHash(set.pool()), encoder.dimension(),
                encoder.fingerprint().replaceAll("[^A-Za-z0-9.-]+", "_")));
        SimulatedEvaluation.index(set.pool(), encoder, backend, cache);
        log.printf(Locale.ROOT, "  seed %d: %,d freelancers indexed in %.1f s, %d queries%n", set.seed(),
                set.pool().size(), (System.nanoTime() - start) / 1e9, set.items().size());
        return backend;
    }

    /** A hash of what the encoder reads, so that a cache written from other texts is never reused. */
    private static int contentHash(List<Freelancer> pool) {
        int h = 1;
        for (Freelancer f : pool) {
            h = 31 * h + f.id().hashCode();
            h = 31 * h + java.util.Objects.hashCode(f.headline());
            h = 31 * h + java.util.Objects.hashCode(f.bio());
            h = 31 * h + f.skills().hashCode();
        }
        return h;
    }
}
