package ai.talent.search.eval;

import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.search.encode.DenseEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./talent eval search}: search quality on simulated graded queries (BM25-only, dense-only, hybrid, by
 * query language, beside the oracle) and on ESCO job titles (real data), ending with one JSON line of figures.
 */
public final class SearchEval {

    private SearchEval() {
    }

    public static void main(String[] args) throws Exception {
        int freelancers = 3000;
        int queries = 400;
        long seed = 42;
        Path data = Path.of("../shared/data");
        int escoQueries = 0;
        boolean esco = true;
        Path out = Path.of("target/reports/search-eval.json");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--freelancers" -> freelancers = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--esco-queries" -> escoQueries = Integer.parseInt(args[++i]);
                case "--no-esco" -> esco = false;
                case "--out" -> out = Path.of(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("""
                            Usage: ./talent eval search [--freelancers N] [--queries Q] [--seed S] [--data DIR]
                                                        [--esco-queries N] [--no-esco] [--out FILE]
                            Simulated graded queries (default 3,000 freelancers, 400 queries, seed 42): NDCG@10, MRR and
                            Recall@100 of BM25-only, dense-only and hybrid on the test half (weights tuned on the other
                            half), by query language, beside the oracle. ESCO (DIR/taxonomy/esco/occupations_en.csv,
                            default ../shared/data): alternative title -> occupation, MAP and MRR@10 for the same three
                            (--esco-queries N samples N queries; default all). Last line: one JSON object.""");
                    return;
                }
                default -> {
                    System.err.println("eval search: unknown option '" + args[i] + "' (try --help)");
                    System.exit(2);
                }
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        try (DenseEncoder encoder = DenseEncoder.miniLm(SkillTaxonomy.standard(), 256, 50_000)) {
            System.out.printf(Locale.ROOT, "simulating %,d freelancers and %,d queries (seed %d) ...%n", freelancers,
                    queries, seed);
            SimulatedSearchSet set = SimulatedSearchSet.generate(freelancers, queries, seed);
            Path dir = Files.createTempDirectory("search-eval-index");
            // profile vectors depend only on the simulated texts and the encoder: cached across runs
            Path cache = Path.of("target/eval-search/vectors-" + seed + "-" + freelancers + "-" + queries + "-"
                    + encoder.dimension() + ".bin");
            SimulatedEvaluation.Result sim = SimulatedEvaluation.run(set, encoder, dir, seed, System.out, cache);
            System.out.printf(Locale.ROOT, "%nSimulated queries: weights tuned on %d validation queries, reported on %d "
                    + "test queries (mean ± bootstrap std)%n", sim.validationQueries(), sim.testQueries());
            System.out.printf("%-8s %-8s %-22s %-22s %-22s%n", "queries", "system", "NDCG@10", "MRR", "Recall@100");
            for (String lang : new String[] {"", "ko.", "en.", "mixed."}) {
                for (String system : new String[] {"bm25", "dense", "hybrid"}) {
                    var ndcg = sim.figures().get(lang + system + ".ndcg10");
                    System.out.printf(Locale.ROOT, "%-8s %-8s %-22s %-22s %-22s%n", lang.isEmpty() ? "all" : lang.replace(".", ""),
                            system, fmt(ndcg), fmt(sim.figures().get(lang + system + ".mrr")),
                            fmt(sim.figures().get(lang + system + ".recall100")));
                }
                System.out.printf(Locale.ROOT, "%-8s %-8s %-22s%n", lang.isEmpty() ? "all" : lang.replace(".", ""),
                        "oracle", fmt(sim.figures().get(lang + "oracle.ndcg10")));
            }
            double hybrid = sim.figures().get("hybrid.ndcg10").mean();
            double oracle = sim.figures().get("oracle.ndcg10").mean();
            System.out.printf(Locale.ROOT, "hybrid / oracle NDCG@10 = %.3f (goal ≥ 0.9)%n", hybrid / oracle);
            System.out.println("tuned weights (bm25,dense,fit) per mode.shape: " + sim.weights());
            System.out.println("tuned fit factors: " + sim.factors());
            sim.figures().forEach((k, v) -> {
                json.put("sim." + k, round(v.mean()));
                json.put("sim." + k + ".std", round(v.std()));
            });
            json.put("sim.hybrid_over_oracle.ndcg10", round(hybrid / oracle));
            json.put("sim.test_queries", sim.testQueries());
            json.put("sim.freelancers", freelancers);
            if (esco) {
                if (!Files.isRegularFile(data.resolve(ai.talent.nn.compress.EscoTitles.CSV))) {
                    throw new IllegalArgumentException("ESCO occupations file not found: "
                            + data.resolve(ai.talent.nn.compress.EscoTitles.CSV).toAbsolutePath()
                            + " (pass --data pointing at the shared data folder, or --no-esco)");
                }
                EscoEvaluation.Result r = EscoEvaluation.run(data, escoQueries, encoder, seed, System.out);
                System.out.printf(Locale.ROOT, "%nESCO alternative title -> occupation: tuned on %,d queries, reported on %,d%n",
                        r.validation(), r.test());
                System.out.printf("%-8s %-22s %-22s %s%n", "system", "MAP", "MRR@10", "measured before (all queries, MRR@10)");
                Map<String, Double> before = Map.of("bm25", 0.496, "dense", 0.658, "hybrid", 0.584);
                for (String system : new String[] {"bm25", "dense", "hybrid"}) {
                    System.out.printf(Locale.ROOT, "%-8s %-22s %-22s %.3f%s%n", system, fmt(r.figures().get(system + ".map")),
                            fmt(r.figures().get(system + ".mrr10")), before.get(system),
                            system.equals("hybrid") ? " (equal-weight RRF)" : "");
                    json.put("esco." + system + ".map", round(r.figures().get(system + ".map").mean()));
                    json.put("esco." + system + ".map.std", round(r.figures().get(system + ".map").std()));
                    json.put("esco." + system + ".mrr10", round(r.figures().get(system + ".mrr10").mean()));
                    json.put("esco." + system + ".mrr10.std", round(r.figures().get(system + ".mrr10").std()));
                }
                System.out.println("tuned fusion per query shape: " + r.weights());
                json.put("esco.reference.bm25.mrr10", 0.496);
                json.put("esco.reference.minilm.mrr10", 0.658);
                json.put("esco.reference.equal_rrf.mrr10", 0.584);
                json.put("esco.test_queries", r.test());
            }
        }
        String line = toJson(json);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, line + "\n");
        System.out.println(line);
    }

    private static String fmt(SimulatedEvaluation.Figure f) {
        return f == null || f.n() == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f ± %.3f (n=%d)", f.mean(), f.std(), f.n());
    }

    private static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 10_000) / 10_000.0;
    }

    static String toJson(Map<String, Object> map) {
        StringBuilder sb = new StringBuilder("{");
        map.forEach((k, v) -> {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(k).append("\":");
            if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
                sb.append("null");
            } else if (v instanceof Number) {
                sb.append(v);
            } else {
                sb.append('"').append(v).append('"');
            }
        });
        return sb.append('}').toString();
    }
}
