package ai.talent.search.eval;

import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.text.EncoderChoice;
import ai.talent.nn.text.EncoderSelection;
import ai.talent.search.encode.DenseEncoder;
import ai.talent.sim.SimConfig;
import ai.talent.sim.harness.HarnessConfig;
import ai.talent.sim.harness.TaskReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./talent eval search}: search quality on simulated graded queries through the simulator's scoring harness
 * (BM25-only, dense-only, hybrid, by query language, beside the harness's references and oracle) and on ESCO job
 * titles (real data), ending with one JSON line of figures.
 */
public final class SearchEval {

    private SearchEval() {
    }

    public static void main(String[] args) throws Exception {
        int freelancers = 1000;
        int projects = 200;
        int queries = 60;
        List<Long> trainSeeds = List.of(101L, 102L, 103L);
        List<Long> testSeeds = List.of(201L, 202L, 203L);
        int bootstrap = 200;
        long seed = 42;
        Path data = Path.of("../shared/data");
        int escoQueries = 0;
        boolean esco = true;
        boolean simulated = true;
        Path out = Path.of("target/reports/search-eval.json");
        List<String> encoders = List.of(System.getenv().getOrDefault("TALENT_ENCODER", "auto"));
        Path registry = Path.of(System.getenv().getOrDefault("TALENT_MODEL_REGISTRY", "target/models/registry"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--freelancers" -> freelancers = Integer.parseInt(args[++i]);
                case "--projects" -> projects = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--train-seeds" -> trainSeeds = seeds(args[++i]);
                case "--test-seeds" -> testSeeds = seeds(args[++i]);
                case "--bootstrap" -> bootstrap = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--esco-queries" -> escoQueries = Integer.parseInt(args[++i]);
                case "--no-esco" -> esco = false;
                case "--no-simulated" -> simulated = false;
                case "--out" -> out = Path.of(args[++i]);
                case "--encoder" -> encoders = List.of(args[++i].split(","));
                case "--registry" -> registry = Path.of(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("""
                            Usage: ./talent eval search [--freelancers N] [--projects P] [--queries Q]
                                                        [--train-seeds 101,102,103] [--test-seeds 201,202,203]
                                                        [--bootstrap B] [--no-simulated]
                                                        [--data DIR] [--esco-queries N] [--seed S] [--no-esco] [--out FILE]
                                                        [--encoder E[,E...]] [--registry DIR]
                            Simulated queries through the simulator's scoring harness: each seed a market of N freelancers
                            (default 1,000), P projects (200) and Q judged queries (60); fit factors and fusion weights per
                            query shape tuned on the training seeds' queries, BM25-only, dense-only and hybrid scored on the
                            test seeds' queries (other markets, other half of the wording) by NDCG@10, MRR and recall@100
                            per text language, beside the harness's references and oracle (B bootstrap resamples).
                            Cross-language set: every judged test query rendered in English and in pure Korean from its
                            intent by the simulator's parallel texts (as ./talent simulate parallel writes them), with the
                            original's grades: NDCG@10 (mean ± standard error, n) of Korean renderings -> English
                            profiles and English renderings -> Korean profiles ('mostly X': the queries most of whose
                            relevant profiles are written in X; 'within X': every query, its ranking restricted to the
                            profiles written in X), beside the same queries' same-language rendering and the paired gap.
                            ESCO (DIR/taxonomy/esco/occupations_en.csv, default ../shared/data): alternative title ->
                            occupation, MAP and MRR@10 for the same three, fusion tuned on a validation part of the titles
                            (--esco-queries N samples N queries with seed S; default all).
                            --encoder: the dense leg's encoder, the suite's choice (teacher | bilingual | domain |
                            domain-bilingual | auto; default $TALENT_ENCODER or auto, as the service), resolved in the
                            registry (default $TALENT_MODEL_REGISTRY or target/models/registry; a choice it lacks falls back
                            to the teacher and says so). Several, comma-separated (--encoder teacher,bilingual), are
                            evaluated one after the other on the same queries, and a table compares them: NDCG@10 of Korean
                            and English queries and of the cross-language ones (Korean queries whose relevant profiles are
                            mostly English, and the rendered set above). Profile vectors are cached per encoder under
                            target/eval-search, so a repeated run encodes nothing. Last line: one JSON object (keys
                            prefixed by the choice when several).""");
                    return;
                }
                default -> {
                    System.err.println("eval search: unknown option '" + args[i] + "' (try --help)");
                    System.exit(2);
                }
            }
        }
        if (esco && !Files.isRegularFile(data.resolve(ai.talent.nn.compress.EscoTitles.CSV))) {
            throw new IllegalArgumentException("ESCO occupations file not found: "
                    + data.resolve(ai.talent.nn.compress.EscoTitles.CSV).toAbsolutePath()
                    + " (pass --data pointing at the shared data folder, or --no-esco)");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Map<String, Object>> byEncoder = new LinkedHashMap<>();
        for (String choice : encoders) {
            EncoderSelection selection = EncoderSelection.resolve(EncoderChoice.parse(choice.trim()), registry);
            System.out.printf(Locale.ROOT, "%n== dense encoder (--encoder %s): %s, %s ==%n", choice.trim(),
                    selection.description(), selection.readsHangul() ? "reads Hangul" : "no Korean units");
            Map<String, Object> figures = evaluate(selection, simulated, esco, freelancers, projects, queries,
                    trainSeeds, testSeeds, bootstrap, data, escoQueries, seed);
            byEncoder.put(choice.trim(), figures);
        }
        if (byEncoder.size() == 1) {
            json.putAll(byEncoder.values().iterator().next());
        } else {
            byEncoder.forEach((choice, figures) -> figures.forEach((k, v) -> json.put(choice + "." + k, v)));
        }
        if (simulated) {
            System.out.printf(Locale.ROOT, "%nNDCG@10 by encoder (hybrid / dense; test queries; the last four: the rendered "
                            + "cross-language set):%n%-18s %-17s %-17s %-17s %-17s %-17s %-17s %-17s %s%n",
                    "encoder", "KO", "EN", "mixed", "KO -> EN profiles", "KO q -> mostly EN", "EN q -> mostly KO",
                    "KO q -> within EN", "EN q -> within KO");
            byEncoder.forEach((choice, f) -> System.out.printf(Locale.ROOT,
                    "%-18s %-17s %-17s %-17s %-17s %-17s %-17s %-17s %-17s %s%n", choice, pair(f, "ko"), pair(f, "en"),
                    pair(f, "mixed"), pair(f, "ko_en_profiles"), pair(f, "xlang_ko_query_en_profiles"),
                    pair(f, "xlang_en_query_ko_profiles"), pair(f, "xlang_ko_query_within_en_profiles"),
                    pair(f, "xlang_en_query_within_ko_profiles"), "(" + f.get("search.encoder") + ")"));
        }
        String line = toJson(json);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, line + "\n");
        System.out.println(line);
    }

    /** Both evaluations for one encoder; the figures for the JSON line. */
    private static Map<String, Object> evaluate(EncoderSelection selection, boolean simulated, boolean esco,
                                                int freelancers, int projects, int queries, List<Long> trainSeeds,
                                                List<Long> testSeeds, int bootstrap, Path data, int escoQueries,
                                                long seed) throws Exception {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("search.encoder", selection.description());
        json.put("search.encoder.reads_hangul", selection.readsHangul() ? 1 : 0);
        try (DenseEncoder encoder = DenseEncoder.of(selection, SkillTaxonomy.standard(), 256, 50_000)) {
            if (simulated) {
                HarnessConfig config = new HarnessConfig(trainSeeds, testSeeds,
                        SimConfig.of(freelancers, projects, 20, 0).withQueries(queries), 0.8, bootstrap, 7);
                System.out.printf(Locale.ROOT, "scoring harness: training seeds %s, test seeds %s, each %,d freelancers, "
                        + "%,d projects, %d queries ...%n", trainSeeds, testSeeds, freelancers, projects, queries);
                Path dir = Files.createTempDirectory("search-eval-index");
                HarnessEvaluation.Result sim = HarnessEvaluation.run(config, encoder, dir,
                        Path.of("target/eval-search"), System.out);
                TaskReport report = sim.report();
                System.out.println();
                report.print(System.out);
                System.out.println("fit factors tuned on " + sim.validationQueries() + " validation queries: "
                        + sim.factors());
                System.out.println("fusion weights (bm25,dense,fit) per mode.shape: " + sim.weights());
                double oracle = report.primary(TaskReport.ORACLE).value();
                for (String group : report.groups()) {
                    double hybrid = report.get("hybrid", group, "ndcg10").value();
                    double bm25 = report.get("bm25", group, "ndcg10").value();
                    double dense = report.get("dense", group, "ndcg10").value();
                    double groupOracle = report.get(TaskReport.ORACLE, group, "ndcg10").value();
                    System.out.printf(Locale.ROOT, "%-6s hybrid NDCG@10 %.3f vs best leg %.3f (%s); hybrid / oracle %.3f "
                            + "(goal ≥ 0.9)%n", group, hybrid, Math.max(bm25, dense), hybrid > Math.max(bm25, dense)
                            ? "better" : "not better", hybrid / groupOracle);
                }
                System.out.printf(Locale.ROOT, "served (the hybrid with the fusion weights of the service's "
                        + "application.properties and the default fit factors, nothing tuned here): NDCG@10 %.3f beside the tuned hybrid's %.3f%n",
                        report.primary(HarnessEvaluation.SERVED).value(), report.primary("hybrid").value());
                report.figures().forEach((k, v) -> json.put(k, round(v)));
                json.put("hybrid_over_oracle.search.ndcg10", round(report.primary("hybrid").value() / oracle));
                json.put("search.validation_queries", sim.validationQueries());
                json.put("search.test_queries", report.items(TaskReport.ALL));
                json.put("search.freelancers_per_seed", freelancers);
                sim.crossLanguage().forEach((mode, f) -> {
                    json.put(mode + ".search.ko_en_profiles.ndcg10", round(f.mean()));
                    json.put(mode + ".search.ko_en_profiles.ndcg10.std", round(f.std()));
                });
                int cross = sim.crossLanguage().values().iterator().next().n();
                json.put("search.ko_en_profiles.queries", cross);
                System.out.printf(Locale.ROOT, "cross-language: %d Korean queries whose relevant profiles are mostly "
                        + "English, NDCG@10 (mean ± standard error): %s%n", cross, sim.crossLanguage().entrySet().stream()
                        .map(e -> e.getKey() + " " + fmt(e.getValue())).toList());
                printRendered(sim.rendered(), json);
            }
            if (esco) {
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
        return json;
    }

    /**
     * The cross-language set ({@link CrossLanguageQueries}): NDCG@10 per cell and mode, and the paired gap of each
     * cross-language cell to the same queries' same-language rendering, printed and put in the JSON figures
     * ({@code hybrid.search.xlang_ko_query_en_profiles.ndcg10}, {@code .std}, {@code .gap}, {@code .gap.std};
     * {@code search.xlang_ko_query_en_profiles.queries}).
     */
    private static void printRendered(HarnessEvaluation.Rendered rendered, Map<String, Object> json) {
        json.put("search.xlang.rendered_queries", rendered.queries());
        json.put("search.xlang.passed_over", rendered.passedOver());
        rendered.figures().forEach((mode, byCell) -> byCell.forEach((cell, f) -> {
            json.put(mode + ".search." + cell + ".ndcg10", round(f.mean()));
            json.put(mode + ".search." + cell + ".ndcg10.std", round(f.std()));
            json.put("search." + cell + ".queries", f.n());
        }));
        rendered.pairedGap().forEach((mode, byCell) -> byCell.forEach((cell, f) -> {
            json.put(mode + ".search." + cell + ".ndcg10.gap", round(f.mean()));
            json.put(mode + ".search." + cell + ".ndcg10.gap.std", round(f.std()));
        }));
        System.out.printf(Locale.ROOT, "%ncross-language set: %d judged test queries rendered by the simulator in English "
                + "and in Korean from their intent (%d passed over: no Korean rendering named the same facts), with the "
                + "original's grades. 'mostly X': the queries most of whose relevant profiles are written in X, whole "
                + "ranking; 'within X': every query with a judged profile (grade 1-3) written in X, its ranking and grades "
                + "restricted to the profiles written in X. NDCG@10, mean ± standard error (n):%n",
                rendered.queries(), rendered.passedOver());
        List<String> modes = List.of("bm25", "dense", "hybrid");
        String row = "%-30s %-24s %-24s %s%n";
        System.out.printf(Locale.ROOT, row, "rendering -> profiles", "bm25", "dense", "hybrid");
        for (CrossLanguageQueries.Cell cell : CrossLanguageQueries.Cell.ALL) {
            System.out.printf(Locale.ROOT, row, cell.label(),
                    fmt(rendered.figures().get(modes.get(0)).get(cell.key())),
                    fmt(rendered.figures().get(modes.get(1)).get(cell.key())),
                    fmt(rendered.figures().get(modes.get(2)).get(cell.key())));
        }
        for (CrossLanguageQueries.Cell cell : CrossLanguageQueries.Cell.ALL) {
            if (cell.crossLanguage()) {
                System.out.printf(Locale.ROOT, row, "gap " + cell.query() + " q - " + cell.profiles() + " q, "
                                + (cell.within() ? "within " : "mostly ") + cell.profiles(),
                        fmt(rendered.pairedGap().get(modes.get(0)).get(cell.key())),
                        fmt(rendered.pairedGap().get(modes.get(1)).get(cell.key())),
                        fmt(rendered.pairedGap().get(modes.get(2)).get(cell.key())));
            }
        }
        System.out.println("(gap: the same queries' cross-language rendering minus their same-language one, paired)");
    }

    /** "hybrid / dense" NDCG@10 of a query group from one encoder's figures. */
    private static String pair(Map<String, Object> f, String group) {
        Object h = f.get("hybrid.search." + group + ".ndcg10");
        Object d = f.get("dense.search." + group + ".ndcg10");
        return h == null || ((Double) h).isNaN() ? "n/a"
                : String.format(Locale.ROOT, "%.3f / %.3f", (Double) h, (Double) d);
    }

    private static String fmt(SimulatedEvaluation.Figure f) {
        return f == null || f.n() == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f ± %.3f (n=%d)", f.mean(), f.std(), f.n());
    }

    private static List<Long> seeds(String list) {
        List<Long> out = new ArrayList<>();
        for (String part : list.split(",")) {
            out.add(Long.parseLong(part.trim()));
        }
        return out;
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
