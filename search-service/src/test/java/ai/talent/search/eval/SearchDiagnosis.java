package ai.talent.search.eval;

import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.domain.text.RecruiterLexicon;
import ai.talent.nn.text.EncoderChoice;
import ai.talent.nn.text.EncoderSelection;
import ai.talent.search.rank.RetrievalMode;
import ai.talent.search.config.SearchConfig;
import ai.talent.search.encode.DenseEncoder;
import ai.talent.search.index.lucene.LuceneBackend;
import ai.talent.search.index.lucene.LuceneSettings;
import ai.talent.search.query.Constraint;
import ai.talent.search.query.ConstraintKind;
import ai.talent.search.query.QueryIntent;
import ai.talent.search.query.QueryParser;
import ai.talent.search.rank.FitFactors;
import ai.talent.search.rank.HybridSearcher;
import ai.talent.search.rank.SearchService;
import ai.talent.sim.QuerySpec;
import ai.talent.sim.harness.Metrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code ./talent eval search-diagnosis}: where the served ranking loses NDCG@10 to the oracle on simulated queries.
 * Beside the served ranking it ranks the same retrieved candidates (both legs' union) three other ways: by the intent
 * fit alone, by the intent fit of the query's true intent (what a perfect query parser would hand the fit), and by
 * the judge's true relevance (the candidates' oracle: what retrieval leaves reachable). It also counts, per kind of
 * constraint, how often the parsed intent agrees with the true one. A tool for the search team, not a reported figure.
 */
public final class SearchDiagnosis {

    private SearchDiagnosis() {
    }

    public static void main(String[] args) throws Exception {
        int freelancers = 1000;
        int queries = 120;
        long seed = 301;
        ai.talent.sim.text.TextHalf half = ai.talent.sim.text.TextHalf.TRAIN;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--freelancers" -> freelancers = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--half" -> half = ai.talent.sim.text.TextHalf.valueOf(args[++i].toUpperCase(Locale.ROOT));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (usage: [--freelancers N] [--queries Q] [--seed S] [--half train|test])");
            }
        }
        SkillTaxonomy taxonomy = SkillTaxonomy.standard();
        SimulatedSearchSet set = SimulatedSearchSet.generate(freelancers, queries, seed, half);
        Path registry = Path.of(System.getenv().getOrDefault("TALENT_MODEL_REGISTRY", "target/models/registry"));
        EncoderSelection selection = EncoderSelection.resolve(EncoderChoice.parse("auto"), registry);
        Path dir = Files.createTempDirectory("search-diagnosis");
        try (DenseEncoder encoder = DenseEncoder.of(selection, taxonomy, 256, 50_000);
             LuceneBackend backend = new LuceneBackend(dir, encoder.dimension(), taxonomy, LuceneSettings.defaults())) {
            Path cache = Path.of("target/eval-search", String.format(Locale.ROOT, "diagnosis-%d-%d%s-%s.bin", seed,
                    freelancers, half == ai.talent.sim.text.TextHalf.TRAIN ? "" : "-" + half.name().toLowerCase(Locale.ROOT),
                    encoder.fingerprint().replaceAll("[^A-Za-z0-9.-]+", "_")));
            SimulatedEvaluation.index(set.freelancers(), encoder, backend, cache);
            QueryParser parser = new QueryParser(taxonomy, 1400);
            SearchConfig.Fusion fusion = HarnessEvaluation.shippedFusion();
            HybridSearcher searcher = new HybridSearcher(() -> backend, encoder, () -> parser, taxonomy,
                    SearchService.weights(fusion), FitFactors.defaults(),
                    new HybridSearcher.Settings(150, 20, fusion.koreanDenseAsEnglish()));
            Map<String, ai.talent.domain.model.Freelancer> profiles = set.byId();
            Map<String, List<Double>> ndcg = new LinkedHashMap<>();
            Map<String, int[]> agreement = new LinkedHashMap<>(); // kind -> {agree, asked}
            Map<String, List<Double>> servedByParse = new LinkedHashMap<>();
            Map<String, List<Double>> byLanguage = new java.util.TreeMap<>();
            for (SimulatedSearchSet.JudgedQuery q : set.queries()) {
                if (q.relevant() == 0) {
                    continue;
                }
                QueryIntent intent = searcher.parse(q.text());
                HybridSearcher.Retrieval retrieval = searcher.retrieve(SimulatedEvaluation.topHundred(q.text()), intent);
                List<String> served = searcher.rank(retrieval, searcher.weightsFor(intent.shape()), RetrievalMode.HYBRID);
                List<String> fitOnly = searcher.rank(retrieval, new double[] {0, 0, 1}, RetrievalMode.HYBRID);
                QueryIntent truthIntent = truthIntent(q.intent(), q.text());
                List<String> truthFit = searcher.rank(searcher.refit(retrieval, truthIntent, FitFactors.defaults()),
                        new double[] {0, 0, 1}, RetrievalMode.HYBRID);
                Map<String, Double> scores = new HashMap<>();
                for (int i = 0; i < q.oracleOrder().size(); i++) {
                    scores.put(q.oracleOrder().get(i), (double) (q.oracleOrder().size() - i));
                }
                List<String> candidates = new ArrayList<>(served);
                candidates.sort(Comparator.comparingDouble((String id) -> -scores.getOrDefault(id, 0.0)));
                add(ndcg, "served", Metrics.ndcgAt(10, served, q.grades()));
                add(ndcg, "fit only (parsed intent)", Metrics.ndcgAt(10, fitOnly, q.grades()));
                add(ndcg, "fit only (true intent)", Metrics.ndcgAt(10, truthFit, q.grades()));
                add(ndcg, "candidates' oracle", Metrics.ndcgAt(10, candidates, q.grades()));
                String lang = q.language().toLowerCase(Locale.ROOT);
                add(byLanguage, lang + ": served", Metrics.ndcgAt(10, served, q.grades()));
                add(byLanguage, lang + ": fit only (parsed intent)", Metrics.ndcgAt(10, fitOnly, q.grades()));
                add(byLanguage, lang + ": fit only (true intent)", Metrics.ndcgAt(10, truthFit, q.grades()));
                add(byLanguage, lang + ": candidates' oracle", Metrics.ndcgAt(10, candidates, q.grades()));
                String[] variants = {"true levels", "declared levels", "+ stated role", "+ stated domains",
                    "+ stated seniority", "+ stated years", "+ skills' category", "all stated",
                    "+ stated role where one is stated"};
                String asked = q.intent().roleEn();
                String askedRole = lexiconRole(asked);
                for (int v = 0; v < variants.length; v++) {
                    List<String> observable = new ArrayList<>(served);
                    Map<String, Double> s = new HashMap<>();
                    for (String id : observable) {
                        ai.talent.sim.FreelancerTruth t = set.truths().get(id);
                        ai.talent.domain.model.Freelancer f = profiles.get(id);
                        var stated = ai.talent.domain.text.TextSignals.standard().profile(f);
                        boolean all = v == 7;
                        String role = (v == 2 || all) ? stated.roles().stream().findFirst().orElse("?") : t.roleEn();
                        boolean statesAsked = askedRole != null && stated.roles().contains(askedRole);
                        if (v == 8) {
                            role = stated.roles().isEmpty() ? t.roleEn() : statesAsked
                                    ? asked : stated.roles().iterator().next();
                        }
                        if ((v == 2 || all) && statesAsked) {
                            // a stated role the query names counts as the same role
                            role = asked;
                        }
                        List<String> domains = (v == 3 || all) ? List.copyOf(stated.domains()) : t.domains();
                        int years = (v == 5 || all) ? (stated.years() >= 0 ? stated.years()
                                : (int) ai.talent.search.index.ProfileFields.years(f)) : t.totalYears();
                        String seniority = (v == 4 || all)
                                ? List.of("junior", "mid", "senior").get(ai.talent.domain.text.TextSignals.seniority(f,
                                        stated)) : t.seniority();
                        ai.talent.domain.skill.SkillCategory category = (v == 6 || all)
                                ? ai.talent.search.index.ProfileFields.category(f, taxonomy) : t.category();
                        // declared levels less the simulator's mean over-claim stand for the hidden true ones
                        List<ai.talent.sim.TrueSkill> levels = v == 0 ? t.trueSkills() : f.skills().stream()
                                .map(x -> new ai.talent.sim.TrueSkill(x.skillId(), Math.max(0, x.level() - 0.3)))
                                .toList();
                        ai.talent.sim.FreelancerTruth seen = new ai.talent.sim.FreelancerTruth(category, role,
                                seniority, years, t.craft(), t.reliability(), domains, t.compatibility(), levels);
                        s.put(id, ai.talent.sim.QueryJudge.score(q.intent(),
                                new ai.talent.sim.SimFreelancer(0, f, seen, null), 1.0));
                    }
                    observable.sort(Comparator.comparingDouble((String id) -> -s.get(id)));
                    add(ndcg, "judge's formula, " + variants[v], Metrics.ndcgAt(10, observable, q.grades()));
                    double gap = Metrics.ndcgAt(10, observable, q.grades()) - Metrics.ndcgAt(10, truthFit, q.grades());
                    if (v == 7 && gap > 0.25 && System.getenv("DIAG_VERBOSE") != null) {
                        System.out.printf(Locale.ROOT, "%n%s  gap %.2f  truth %s%n", q.text(), gap, q.intent());
                        for (List<String> r : List.of(observable, truthFit)) {
                            System.out.println(r == observable ? " judge(all stated):" : " fit(true intent):");
                            for (String id : r.subList(0, Math.min(5, r.size()))) {
                                ai.talent.sim.FreelancerTruth t = set.truths().get(id);
                                ai.talent.domain.model.Freelancer f = profiles.get(id);
                                System.out.printf(Locale.ROOT, "   g%d %s %s %s y%d %s skills=%s rate=%d %s lang=%s rating=%.1f stated=%s%n",
                                        q.grade(id), id, t.roleEn(), t.seniority(), t.totalYears(), t.domains(),
                                        f.skills(), f.hourlyRate().amount(), f.region(), f.spokenLanguages(),
                                        f.ratingAverage(), ai.talent.domain.text.TextSignals.standard().profile(f));
                            }
                        }
                    }
                }
                add(ndcg, "pool oracle", Metrics.ndcgAt(10, q.oracleOrder(), q.grades()));
                boolean all = true;
                for (var e : compare(q.intent(), intent).entrySet()) {
                    int[] a = agreement.computeIfAbsent(e.getKey(), k -> new int[2]);
                    if (e.getValue() != null) {
                        a[1]++;
                        if (e.getValue()) {
                            a[0]++;
                        } else {
                            all = false;
                        }
                    }
                }
                if (!all && System.getenv("DIAG_PARSE") != null) {
                    Map<String, Boolean> c = compare(q.intent(), intent);
                    System.out.printf(Locale.ROOT, "%nPARSE %s%n  differs on %s%n  true   %s%n  parsed %s%n", q.text(),
                            c.entrySet().stream().filter(e -> Boolean.FALSE.equals(e.getValue())).map(Map.Entry::getKey)
                                    .toList(), q.intent(), intent.constraints().stream()
                                    .map(x -> x.kind() + "=" + x.value() + "(" + q.text().substring(x.start(), x.end())
                                            + ")").toList());
                }
                add(servedByParse, all ? "served, parsed intent = true intent" : "served, parse differs",
                        Metrics.ndcgAt(10, served, q.grades()));
                add(servedByParse, all ? "true-intent fit, parse agrees" : "true-intent fit, parse differs",
                        Metrics.ndcgAt(10, truthFit, q.grades()));
            }
            System.out.printf(Locale.ROOT, "seed %d: %,d freelancers, %d judged queries (NDCG@10, mean)%n", seed,
                    freelancers, ndcg.get("served").size());
            ndcg.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-30s %.3f%n", k, mean(v)));
            servedByParse.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-38s %.3f (n=%d)%n", k, mean(v),
                    v.size()));
            System.out.println("by the query's text language:");
            byLanguage.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-38s %.3f (n=%d)%n", k, mean(v),
                    v.size()));
            System.out.println("parsed = true, per kind asked (agree / asked):");
            agreement.forEach((k, a) -> System.out.printf(Locale.ROOT, "  %-12s %d / %d%n", k, a[0], a[1]));
        }
    }

    private static void add(Map<String, List<Double>> m, String key, double v) {
        if (!Double.isNaN(v)) {
            m.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
        }
    }

    private static double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** Per kind the true intent asks for: whether the parsed intent states it the same (null: not asked). */
    private static Map<String, Boolean> compare(QuerySpec t, QueryIntent p) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        out.put("skills", t.skillIds().isEmpty() ? null : Set.copyOf(t.skillIds()).equals(Set.copyOf(p.skillIds())));
        out.put("role", t.roleEn() == null ? null : Objects.equals(lexiconRole(t.roleEn()), p.role()));
        out.put("domain", t.domain() == null ? null : t.domain().equals(p.domain()));
        out.put("region", t.region() == null ? null : p.regions().contains(t.region()));
        out.put("max_rate", t.maxRateKrw() == null ? null : t.maxRateKrw().equals(p.maxRate()));
        out.put("min_rate", t.minRateKrw() == null ? null : t.minRateKrw().equals(p.minRate()));
        out.put("min_years", t.minYears() == null ? null : t.minYears().equals(p.minYears()));
        out.put("seniority", t.seniority() == null ? null : t.seniority().equals(p.seniority()));
        out.put("remote", !t.remote() ? null : p.remote());
        out.put("language", t.spokenLanguage() == null ? null : t.spokenLanguage().equals(p.language()));
        out.put("extra", p.constraints().stream().anyMatch(c -> switch (c.kind()) {
            case REGION -> t.region() == null;
            case MAX_RATE -> t.maxRateKrw() == null;
            case MIN_RATE -> t.minRateKrw() == null;
            case MIN_YEARS -> t.minYears() == null;
            case SENIORITY -> t.seniority() == null;
            case LANGUAGE -> t.spokenLanguage() == null;
            case ROLE -> t.roleEn() == null || !c.value().equals(lexiconRole(t.roleEn()));
            case DOMAIN -> t.domain() == null;
            case SKILL -> !t.skillIds().contains(c.value());
            default -> false;
        }) ? Boolean.FALSE : Boolean.TRUE);
        return out;
    }

    /**
     * The lexicon's role for the simulator's role name: the same name, or the one role the lexicon reads in that name
     * ("Motion graphics designer" is its "Motion designer", "Sound designer" its "Sound engineer"); null when none.
     */
    private static final Set<String> LEXICON_ROLES = RecruiterLexicon.standard().roleCategories().keySet();

    private static String lexiconRole(String simRole) {
        if (simRole == null || LEXICON_ROLES.contains(simRole)) {
            return simRole;
        }
        Set<String> read = ai.talent.domain.text.TextSignals.standard().post(simRole, null).roles();
        return read.size() == 1 ? read.iterator().next() : null;
    }

    /** The true intent as the parser would state it (a role the lexicon does not read is left out). */
    private static QueryIntent truthIntent(QuerySpec t, String text) {
        List<Constraint> c = new ArrayList<>();
        t.skillIds().forEach(s -> c.add(constraint(ConstraintKind.SKILL, s)));
        String role = lexiconRole(t.roleEn());
        if (role != null) {
            c.add(constraint(ConstraintKind.ROLE, role));
        }
        if (t.domain() != null) {
            c.add(constraint(ConstraintKind.DOMAIN, t.domain()));
        }
        if (t.region() != null) {
            c.add(constraint(ConstraintKind.REGION, t.region().name()));
        }
        if (t.remote()) {
            c.add(constraint(ConstraintKind.REMOTE, "true"));
        }
        if (t.maxRateKrw() != null) {
            c.add(constraint(ConstraintKind.MAX_RATE, t.maxRateKrw().toString()));
        }
        if (t.minRateKrw() != null) {
            c.add(constraint(ConstraintKind.MIN_RATE, t.minRateKrw().toString()));
        }
        if (t.minYears() != null) {
            c.add(constraint(ConstraintKind.MIN_YEARS, t.minYears().toString()));
        }
        if (t.seniority() != null) {
            c.add(constraint(ConstraintKind.SENIORITY, t.seniority()));
        }
        if (t.spokenLanguage() != null) {
            c.add(constraint(ConstraintKind.LANGUAGE, t.spokenLanguage()));
        }
        return new QueryIntent(text, c, "", ai.talent.search.query.QueryShape.of(text));
    }

    private static Constraint constraint(ConstraintKind kind, String value) {
        return new Constraint(kind, value, value, 0, 0, "truth");
    }
}
