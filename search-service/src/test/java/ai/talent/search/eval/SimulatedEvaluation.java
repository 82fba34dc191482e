package ai.talent.search.eval;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.eval.Bootstrap;
import ai.talent.search.encode.DenseEncoder;
import ai.talent.search.index.Filters;
import ai.talent.search.index.IndexedFreelancer;
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
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Search quality on simulated graded queries: the freelancers indexed in Lucene with their MiniLM vectors, each
 * query parsed and retrieved once, then ranked BM25-only, dense-only and hybrid. Fusion weights are tuned per query
 * shape on the validation half of the queries (a seeded split) and reported on the other half only, beside the
 * oracle (the pool ranked by true relevance).
 */
public final class SimulatedEvaluation {

    static final double[] LEG = {0.25, 0.5, 1, 2};
    static final double[] DENSE = {0, 0.1, 0.25, 0.5, 1, 2};
    static final double[] FIT = {0, 0.5, 1, 2, 4, 8, 16, 32};
    static final int MIN_SHAPE_QUERIES = 12;

    /** Mean and bootstrap spread of one metric. */
    public record Figure(double mean, double std, int n) {
    }

    /** Figures by key ({@code hybrid.ndcg10}, {@code ko.bm25.mrr}...), tuned weights per mode and shape, tuned fit factors. */
    public record Result(Map<String, Figure> figures, Map<String, String> weights, int validationQueries,
                         int testQueries, FitFactors factors) {
    }

    /** A judged query, its parsed intent and its candidates from both legs (retrieved once, ranked many times). */
    record Scored(SimulatedSearchSet.JudgedQuery query, QueryIntent intent, HybridSearcher.Retrieval retrieval,
                  boolean validation) {

        Scored refit(HybridSearcher searcher, FitFactors factors) {
            return new Scored(query, intent, searcher.refit(retrieval, intent, factors), validation);
        }
    }

    /**
     * What the validation queries chose: the intent-fit factors, then per retrieval mode the fusion weights
     * {bm25, dense, fit} by query shape ({@code ko.short}...), script ({@code ko}) and for all queries.
     */
    record Tuned(FitFactors factors, Map<RetrievalMode, Map<String, double[]>> weights) {

        /** The weights per mode and shape as text, for the report. */
        Map<String, String> describe() {
            Map<String, String> out = new LinkedHashMap<>();
            weights.forEach((mode, byShape) -> byShape.forEach((shape, w) -> out.put(
                    mode.name().toLowerCase(Locale.ROOT) + "." + shape,
                    String.format(Locale.ROOT, "%s,%s,%s", w[0], w[1], w[2]))));
            return out;
        }

        /** A query's ranking (freelancer ids, best first) in a mode, under the tuned factors and weights. */
        List<String> rank(HybridSearcher searcher, QueryIntent intent, HybridSearcher.Retrieval retrieval,
                          RetrievalMode mode) {
            return searcher.rank(searcher.refit(retrieval, intent, factors), weightsFor(weights.get(mode), intent), mode);
        }
    }

    /** Tunes the fit factors, then the fusion weights of every mode, on validation queries only. */
    static Tuned tune(HybridSearcher searcher, List<Scored> validation, PrintStream log) {
        FitFactors factors = tuneFactors(searcher, validation);
        log.println("fit factors tuned on the validation queries: " + factors);
        List<Scored> refitted = validation.stream().map(s -> s.refit(searcher, factors)).toList();
        Map<RetrievalMode, Map<String, double[]>> weights = new EnumMap<>(RetrievalMode.class);
        for (RetrievalMode mode : RetrievalMode.values()) {
            weights.put(mode, tune(searcher, refitted, mode));
        }
        return new Tuned(factors, weights);
    }

    private SimulatedEvaluation() {
    }

    public static Result run(SimulatedSearchSet set, DenseEncoder encoder, Path indexDir, long seed, PrintStream log) {
        return run(set, encoder, indexDir, seed, log, null, UnaryOperator.identity());
    }

    /**
     * As above; profile vectors are read from / written to {@code vectorCache} when it is given, and each profile
     * is encoded as {@code encodedAs} shows it (the whole profile is indexed for BM25 either way).
     */
    public static Result run(SimulatedSearchSet set, DenseEncoder encoder, Path indexDir, long seed, PrintStream log,
                             Path vectorCache, UnaryOperator<Freelancer> encodedAs) {
        SkillTaxonomy taxonomy = SkillTaxonomy.standard();
        try (LuceneBackend backend = new LuceneBackend(indexDir, encoder.dimension(), taxonomy,
                LuceneSettings.defaults())) {
            long start = System.nanoTime();
            index(set.freelancers(), encoder, backend, vectorCache, encodedAs);
            log.printf(Locale.ROOT, "indexed %,d simulated freelancers (encoded) in %.1f s%n", set.freelancers().size(),
                    (System.nanoTime() - start) / 1e9);
            QueryParser parser = new QueryParser(taxonomy, 1400);
            HybridSearcher searcher = new HybridSearcher(() -> backend, encoder, () -> parser, taxonomy,
                    FusionWeights.equal(), FitFactors.defaults(), new HybridSearcher.Settings(150, 20));
            List<Scored> scored = new ArrayList<>();
            for (SimulatedSearchSet.JudgedQuery q : set.queries()) {
                if (q.relevant() == 0) {
                    continue;
                }
                QueryIntent intent = searcher.parse(q.text());
                SearchRequest request = topHundred(q.text());
                boolean validation = Math.floorMod(java.util.Objects.hash(q.id(), seed), 2) == 0;
                scored.add(new Scored(q, intent, searcher.retrieve(request, intent), validation));
            }
            Tuned tuned = tune(searcher, scored.stream().filter(Scored::validation).toList(), log);
            Map<String, Figure> figures = new LinkedHashMap<>();
            List<Scored> test = scored.stream().filter(s -> !s.validation()).toList();
            for (String language : new String[] {"all", "KO", "EN", "MIXED"}) {
                List<Scored> subset = language.equals("all") ? test
                        : test.stream().filter(s -> s.query().language().equals(language)).toList();
                String prefix = language.equals("all") ? "" : language.toLowerCase(Locale.ROOT) + ".";
                for (RetrievalMode mode : RetrievalMode.values()) {
                    String name = prefix + mode.name().toLowerCase(Locale.ROOT) + ".";
                    Map<Scored, List<String>> ranked = new java.util.IdentityHashMap<>();
                    subset.forEach(s -> ranked.put(s, tuned.rank(searcher, s.intent(), s.retrieval(), mode)));
                    figures.put(name + "ndcg10", figure(subset, s -> Metrics.ndcg10(ranked.get(s), s.query())));
                    figures.put(name + "mrr", figure(subset, s -> Metrics.reciprocalRank(ranked.get(s), s.query())));
                    figures.put(name + "recall100", figure(subset, s -> Metrics.recall100(ranked.get(s), s.query())));
                }
                figures.put(prefix + "oracle.ndcg10", figure(subset, s -> Metrics.ndcg10(s.query().oracleOrder(), s.query())));
            }
            return new Result(figures, tuned.describe(), (int) scored.stream().filter(Scored::validation).count(),
                    test.size(), tuned.factors());
        }
    }

    /** A hybrid search for the query's first hundred hits, unfiltered, by relevance: what the evaluations score. */
    static SearchRequest topHundred(String text) {
        return new SearchRequest(text, Filters.none(), 1, 100, SortOrder.RELEVANCE, RetrievalMode.HYBRID);
    }

    static void index(List<Freelancer> freelancers, DenseEncoder encoder, LuceneBackend backend, Path vectorCache) {
        index(freelancers, encoder, backend, vectorCache, UnaryOperator.identity());
    }

    static void index(List<Freelancer> freelancers, DenseEncoder encoder, LuceneBackend backend, Path vectorCache,
                      UnaryOperator<Freelancer> encodedAs) {
        float[][] cached = VectorCache.read(vectorCache, freelancers.size(), encoder.dimension());
        float[][] all = new float[freelancers.size()][];
        int batch = 64;
        for (int from = 0; from < freelancers.size(); from += batch) {
            List<Freelancer> part = freelancers.subList(from, Math.min(freelancers.size(), from + batch));
            float[][] vectors = cached != null ? java.util.Arrays.copyOfRange(cached, from, from + part.size())
                    : encoder.profiles(part.stream().map(encodedAs).toList());
            System.arraycopy(vectors, 0, all, from, vectors.length);
            List<IndexedFreelancer> docs = new ArrayList<>();
            for (int i = 0; i < part.size(); i++) {
                docs.add(new IndexedFreelancer(part.get(i), vectors[i], from + i));
            }
            backend.upsert(docs);
        }
        backend.refresh();
        if (cached == null) {
            VectorCache.write(vectorCache, all);
        }
    }

    private static double[] weightsFor(Map<String, double[]> byShape, QueryIntent intent) {
        String shape = intent.shape().key();
        String script = shape.substring(0, shape.indexOf('.'));
        return byShape.getOrDefault(shape, byShape.getOrDefault(script, byShape.get("all")));
    }

    /**
     * Grid search per query shape (falling back to the script, then to all queries) on the validation queries. A
     * script's or a shape's own weights are kept only when they generalise inside the validation queries: tuned on
     * one half of that group's queries and scored on the other (both ways), they must beat the weights of the level
     * above (the script's, or all queries'). Otherwise a group of a dozen queries picks the grid point that fits
     * those queries best, which the test queries of the same shape do not share.
     */
    private static Map<String, double[]> tune(HybridSearcher searcher, List<Scored> validation, RetrievalMode mode) {
        Map<String, double[]> out = new LinkedHashMap<>();
        double[] all = best(searcher, validation, mode);
        out.put("all", all);
        for (String script : new String[] {"ko", "en", "mixed"}) {
            List<Scored> part = validation.stream().filter(s -> s.intent().shape().key().startsWith(script + ".")).toList();
            double[] parent = all;
            if (part.size() >= MIN_SHAPE_QUERIES && generalises(searcher, part, all, mode)) {
                parent = best(searcher, part, mode);
                out.put(script, parent);
            }
            for (String length : new String[] {"short", "long"}) {
                String shape = script + "." + length;
                List<Scored> exact = part.stream().filter(s -> s.intent().shape().key().equals(shape)).toList();
                if (exact.size() >= MIN_SHAPE_QUERIES && generalises(searcher, exact, parent, mode)) {
                    out.put(shape, best(searcher, exact, mode));
                }
            }
        }
        return out;
    }

    /**
     * Two-fold check of a group's own weights against its parent's: the summed NDCG@10 gain, on each half, of the
     * weights tuned on the other half over the parent's weights is positive.
     */
    static boolean generalises(HybridSearcher searcher, List<Scored> group, double[] parent, RetrievalMode mode) {
        List<Scored> a = new ArrayList<>();
        List<Scored> b = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            (i % 2 == 0 ? a : b).add(group.get(i));
        }
        double gain = ndcgSum(searcher, b, best(searcher, a, mode), mode) - ndcgSum(searcher, b, parent, mode)
                + ndcgSum(searcher, a, best(searcher, b, mode), mode) - ndcgSum(searcher, a, parent, mode);
        return gain > 1e-9;
    }

    private static double ndcgSum(HybridSearcher searcher, List<Scored> queries, double[] w, RetrievalMode mode) {
        double sum = 0;
        for (Scored s : queries) {
            double v = Metrics.ndcg10(searcher.rank(s.retrieval(), w, mode), s.query());
            if (!Double.isNaN(v)) {
                sum += v;
            }
        }
        return sum;
    }

    private static double[] best(HybridSearcher searcher, List<Scored> queries, RetrievalMode mode) {
        double[] best = {1, 1, 1};
        double bestScore = -1;
        double[] legs = mode == RetrievalMode.HYBRID ? LEG : new double[] {1};
        double[] dense = mode == RetrievalMode.HYBRID ? DENSE : new double[] {1};
        for (double b : legs) {
            for (double d : dense) {
                for (double f : FIT) {
                    double[] w = mode == RetrievalMode.DENSE ? new double[] {0, b, f} : new double[] {b, d, f};
                    // the sum orders the grid points as the mean does: a query without a relevant profile is NaN
                    // under every weight
                    double score = ndcgSum(searcher, queries, w, mode);
                    if (score > bestScore + 1e-9) {
                        bestScore = score;
                        best = w;
                    }
                }
            }
        }
        return best;
    }

    /**
     * One pass of coordinate search over the fit factors that matter most, on the validation queries, each value
     * scored by hybrid NDCG@10 under the weights tuned for all queries.
     */
    private static FitFactors tuneFactors(HybridSearcher searcher, List<Scored> validation) {
        double[] w = best(searcher, validation, RetrievalMode.HYBRID);
        double[] f = toArray(FitFactors.defaults());
        double[][] grid = new double[f.length][];
        grid[0] = new double[] {3, 3.5, 4, 5};            // skill level saturation
        grid[2] = new double[] {0, 0.2, 0.4};             // weight of years in a skill
        grid[3] = new double[] {0.7, 0.85, 1};            // other category
        grid[6] = new double[] {0.2, 0.35, 0.5};          // other region
        grid[8] = new double[] {2, 3, 4, 6};              // over-budget decay
        grid[13] = new double[] {0.2, 0.35, 0.5};         // missing language
        grid[15] = new double[] {0.1, 0.3, 0.5, 0.7};     // track record
        grid[17] = new double[] {0.3, 0.45, 0.6};         // another role of another category
        grid[18] = new double[] {0.6, 0.8, 1};            // no role stated, the role's category
        grid[21] = new double[] {0.4, 0.55, 0.7};         // another domain stated
        grid[22] = new double[] {0.55, 0.75, 0.9};        // no domain stated
        double bestScore = mean(searcher, validation, w, f);
        for (int i = 0; i < f.length; i++) {
            if (grid[i] == null) {
                continue;
            }
            for (double v : grid[i]) {
                double[] candidate = f.clone();
                candidate[i] = v;
                double score = mean(searcher, validation, w, candidate);
                if (score > bestScore + 1e-6) {
                    bestScore = score;
                    f = candidate;
                }
            }
        }
        return fromArray(f);
    }

    private static double mean(HybridSearcher searcher, List<Scored> queries, double[] w, double[] factors) {
        FitFactors ff = fromArray(factors);
        double sum = 0;
        int n = 0;
        for (Scored s : queries) {
            double v = Metrics.ndcg10(searcher.rank(searcher.refit(s.retrieval(), s.intent(), ff), w,
                    RetrievalMode.HYBRID), s.query());
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static double[] toArray(FitFactors f) {
        return new double[] {f.skillLevelSaturation(), f.skillYearsSaturation(), f.skillYearsWeight(), f.otherCategory(),
            f.nearRegion(), f.remoteElsewhere(), f.otherRegion(), f.notRemote(), f.overBudgetDecay(), f.underMinRate(),
            f.yearsFloor(), f.seniorityOneOff(), f.seniorityTwoOff(), f.missingLanguage(), f.lowAvailability(),
            f.trackRecordWeight(), f.roleSameCategory(), f.roleOtherCategory(), f.roleUnstated(),
            f.roleOnlySameCategory(), f.roleOnlyOther(), f.missingDomain(), f.domainUnstated()};
    }

    private static FitFactors fromArray(double[] a) {
        return new FitFactors(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13],
                a[14], a[15], a[16], a[17], a[18], a[19], a[20], a[21], a[22]);
    }

    private static Figure figure(List<Scored> queries, java.util.function.ToDoubleFunction<Scored> metric) {
        double[] values = queries.stream().mapToDouble(metric).filter(v -> !Double.isNaN(v)).toArray();
        if (values.length == 0) {
            return new Figure(Double.NaN, Double.NaN, 0);
        }
        Bootstrap b = Bootstrap.meanAndSpread(values, 1000, 7);
        return new Figure(b.mean(), b.std(), values.length);
    }
}
