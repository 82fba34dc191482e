package ai.talent.sim.harness;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.eval.LogisticRegression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Talent search: rank a seed's freelancer pool for a recruiter's query. Training data is the training seeds'
 * queries with their judgments (every freelancer with a non-zero true relevance is judged 0–3); test items are
 * the test seeds' queries. Scored by NDCG@10, MRR and recall@100 (relevant: grade ≥ 2), per query language,
 * beside the references and the oracle (ranking the pool by the true relevance score).
 */
public final class SearchTask {

    /** Rankings are cut here: deeper positions do not count for any metric. */
    public static final int DEPTH = 100;
    static final int RELEVANT = 2;

    private final List<SeedMarket> trainMarkets;
    private final List<SeedMarket> testMarkets;
    private final HarnessConfig config;
    private final SearchFeatures features;
    private List<SearchSet> train;
    private List<SearchSet> tests;
    private Map<String, Map<String, List<String>>> references;

    SearchTask(List<SeedMarket> trainMarkets, List<SeedMarket> testMarkets, HarnessConfig config,
               SkillTaxonomy taxonomy) {
        this.trainMarkets = trainMarkets;
        this.testMarkets = testMarkets;
        this.config = config;
        this.features = new SearchFeatures(taxonomy);
    }

    /** The training seeds' queries with their judgments, and each seed's pool. */
    public synchronized List<SearchSet> train() {
        if (train == null) {
            train = new ArrayList<>();
            for (SeedMarket m : trainMarkets) {
                List<SearchExample> examples = new ArrayList<>();
                for (SeedMarket.Query q : m.queries.values()) {
                    examples.add(new SearchExample(item(m, q), q.grades()));
                }
                train.add(new SearchSet(m.seed, examples.stream().map(SearchExample::item).toList(), examples, m.pool()));
            }
        }
        return train;
    }

    /** The test seeds' queries (without judgments) and each seed's pool. */
    public synchronized List<SearchSet> tests() {
        if (tests == null) {
            tests = new ArrayList<>();
            for (SeedMarket m : testMarkets) {
                List<SearchItem> items = new ArrayList<>();
                m.queries.values().forEach(q -> items.add(item(m, q)));
                tests.add(new SearchSet(m.seed, items, List.of(), m.pool()));
            }
        }
        return tests;
    }

    /**
     * The test queries' graded freelancers (item id → freelancer id → grade), for analyses across groups the report
     * does not form (e.g. Korean queries whose relevant profiles are written in English). The report stays the
     * reference for every figure it gives.
     */
    public synchronized Map<String, Map<String, Integer>> testGrades() {
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        List<SearchSet> sets = tests();
        for (int s = 0; s < sets.size(); s++) {
            List<SearchItem> items = sets.get(s).items();
            List<SeedMarket.Query> queries = new ArrayList<>(testMarkets.get(s).queries.values());
            for (int i = 0; i < items.size(); i++) {
                grades.put(items.get(i).id(), Map.copyOf(queries.get(i).grades()));
            }
        }
        return grades;
    }

    /** The grade from which a freelancer counts as relevant to a query. */
    public static int relevantGrade() {
        return RELEVANT;
    }

    /** Scores each model's rankings (item id → freelancer ids, best first) beside the references and the oracle. */
    public TaskReport report(Map<String, Map<String, List<String>>> models) {
        RankingScorer scorer = new RankingScorer("search", RankingScorer.SEARCH_METRICS, RELEVANT);
        Map<String, Map<String, List<String>>> systems = new LinkedHashMap<>(references());
        systems.putAll(models);
        List<SearchSet> sets = tests();
        for (int s = 0; s < sets.size(); s++) {
            SeedMarket m = testMarkets.get(s);
            List<SearchItem> items = sets.get(s).items();
            List<Map<String, Integer>> grades = new ArrayList<>();
            String[] groups = new String[items.size()];
            List<SeedMarket.Query> queries = new ArrayList<>(m.queries.values());
            for (int i = 0; i < items.size(); i++) {
                grades.add(queries.get(i).grades());
                groups[i] = items.get(i).language().name();
            }
            scorer.addSeed(m.seed, grades, groups);
            for (Map.Entry<String, Map<String, List<String>>> system : systems.entrySet()) {
                List<List<String>> rankings = new ArrayList<>();
                for (SearchItem it : items) {
                    List<String> r = Predictions.requireRanking(system.getKey(), system.getValue(), it.id());
                    rankings.add(r.size() > DEPTH ? r.subList(0, DEPTH) : r);
                }
                scorer.rankings(system.getKey(), s, rankings);
            }
        }
        return TaskReport.score(scorer, List.copyOf(systems.keySet()), config.bootstrap(), config.bootstrapSeed());
    }

    /** The references' and the oracle's rankings (top {@value #DEPTH}) for every test query. */
    public synchronized Map<String, Map<String, List<String>>> references() {
        if (references == null) {
            List<double[]> rows = new ArrayList<>();
            List<double[]> ruleRows = new ArrayList<>();
            List<Boolean> labels = new ArrayList<>();
            for (int s = 0; s < trainMarkets.size(); s++) {
                SearchSet set = train().get(s);
                List<SearchFeatures.Profile> profiles = set.pool().stream().map(features::profile).toList();
                SplittableRandom rng = new SplittableRandom(config.bootstrapSeed() + s);
                for (SearchExample e : set.examples()) {
                    SearchFeatures.Query q = features.analyse(e.item().text());
                    for (SearchFeatures.Profile p : profiles) {
                        int grade = e.grades().getOrDefault(p.freelancer().id(), 0);
                        // Every judged pair, and a sample of the unjudged pool as plain negatives.
                        if (grade > 0 || e.grades().containsKey(p.freelancer().id()) || rng.nextDouble() < 0.05) {
                            rows.add(features.of(q, p));
                            ruleRows.add(new double[] {SearchFeatures.overlap(q, p)});
                            labels.add(grade >= RELEVANT);
                        }
                    }
                }
            }
            LogisticRegression logistic = LogisticRegression.fitStandardised(rows, labels, 1.0);
            Map<String, List<String>> random = new LinkedHashMap<>();
            Map<String, List<String>> rule = new LinkedHashMap<>();
            Map<String, List<String>> logisticR = new LinkedHashMap<>();
            Map<String, List<String>> oracle = new LinkedHashMap<>();
            for (int s = 0; s < testMarkets.size(); s++) {
                SeedMarket m = testMarkets.get(s);
                SearchSet set = tests().get(s);
                List<SearchFeatures.Profile> profiles = set.pool().stream().map(features::profile).toList();
                List<SeedMarket.Query> queries = new ArrayList<>(m.queries.values());
                for (int i = 0; i < set.items().size(); i++) {
                    SearchItem it = set.items().get(i);
                    SearchFeatures.Query q = features.analyse(it.text());
                    SplittableRandom rng = new SplittableRandom(config.bootstrapSeed() ^ it.id().hashCode());
                    Map<String, Double> noise = new HashMap<>();
                    profiles.forEach(p -> noise.put(p.freelancer().id(), rng.nextDouble()));
                    random.put(it.id(), top(profiles, p -> noise.get(p.freelancer().id())));
                    rule.put(it.id(), top(profiles, p -> SearchFeatures.overlap(q, p)));
                    logisticR.put(it.id(), top(profiles, p -> logistic.score(features.of(q, p))));
                    Map<String, Double> scores = queries.get(i).scores();
                    oracle.put(it.id(), top(profiles, p -> scores.getOrDefault(p.freelancer().id(), 0.0)));
                }
            }
            references = new LinkedHashMap<>();
            references.put(TaskReport.RANDOM, random);
            references.put(TaskReport.RULE, rule);
            references.put(TaskReport.LOGISTIC, logisticR);
            references.put(TaskReport.ORACLE, oracle);
        }
        return references;
    }

    /** The pool's best {@value #DEPTH} by score (ties in pool order). */
    static List<String> top(List<SearchFeatures.Profile> profiles,
                            java.util.function.ToDoubleFunction<SearchFeatures.Profile> score) {
        List<Map.Entry<String, Double>> scored = new ArrayList<>(profiles.size());
        for (SearchFeatures.Profile p : profiles) {
            scored.add(Map.entry(p.freelancer().id(), score.applyAsDouble(p)));
        }
        scored.sort(Comparator.comparing((Map.Entry<String, Double> e) -> e.getValue()).reversed());
        return scored.stream().limit(DEPTH).map(Map.Entry::getKey).toList();
    }

    private static SearchItem item(SeedMarket m, SeedMarket.Query q) {
        return new SearchItem(m.itemId(q.query().id()), q.query().text(), q.query().language());
    }

    /** The freelancers of a pool by id (for models that rank ids). */
    static Map<String, Freelancer> byId(List<Freelancer> pool) {
        Map<String, Freelancer> out = new HashMap<>();
        pool.forEach(f -> out.put(f.id(), f));
        return out;
    }
}
