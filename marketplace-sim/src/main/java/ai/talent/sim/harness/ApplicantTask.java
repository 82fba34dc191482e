package ai.talent.sim.harness;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.eval.LogisticRegression;
import ai.talent.sim.Applicant;
import ai.talent.sim.ReadFit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Applicant ranking: order a project's applicants so the one the client hires comes first. Training examples
 * are the training seeds' projects awarded before their time cut; test items are the test seeds' projects
 * posted after it that hired someone (projects without a hire are left out). Scored by NDCG@10 and MRR of the
 * hired applicant, per project text language, beside the references and the oracle (ranking by the true fit), and
 * beside {@link #ORACLE_STATED}, the true fit without its hidden terms, {@link #ORACLE_PROFILE}, the same on
 * the declared skill levels, and {@link #ORACLE_READ}, the same with the texts as the suite's reader reads them.
 */
public final class ApplicantTask {

    /**
     * Ranking by the fit without the interview's compatibility and noise ({@link ai.talent.sim.Applicant#statedFit()}):
     * the best a model reading every stated fact (on true skill levels) could do, were the hidden terms unseen. A
     * pair's or a client's history shows part of the compatibility, so it is no strict bound.
     */
    public static final String ORACLE_STATED = "oracle_stated";
    /** {@link #ORACLE_STATED} on the skill levels the profiles declare: what the profiles as written decide. */
    public static final String ORACLE_PROFILE = "oracle_profile";
    /**
     * {@link #ORACLE_PROFILE} with the roles, domains, seniority, complexity, weekly hours and craft that the texts
     * state taken from what {@code TextSignals} reads of them ({@link ReadFit}): the
     * simulator's own formula on the facts a model of the read features holds, so the gap from the profile oracle
     * is the reader's and the gap below it the learner's.
     */
    public static final String ORACLE_READ = "oracle_read";

    private final List<SeedMarket> trainMarkets;
    private final List<SeedMarket> testMarkets;
    private final HarnessConfig config;
    private final PairFeatures features;
    private List<ApplicantExample> train;
    private List<ApplicantTestSet> tests;
    private Map<String, Map<String, List<String>>> references;

    ApplicantTask(List<SeedMarket> trainMarkets, List<SeedMarket> testMarkets, HarnessConfig config,
                  SkillTaxonomy taxonomy) {
        this.trainMarkets = trainMarkets;
        this.testMarkets = testMarkets;
        this.config = config;
        this.features = new PairFeatures(taxonomy);
    }

    /** The training seeds' projects whose hire happened before their time cut. */
    public synchronized List<ApplicantExample> train() {
        if (train == null) {
            train = new ArrayList<>();
            for (SeedMarket m : trainMarkets) {
                train.addAll(awardedBefore(m));
            }
        }
        return train;
    }

    /** The test seeds' projects posted after their time cut that hired someone, with each seed's history. */
    public synchronized List<ApplicantTestSet> tests() {
        if (tests == null) {
            tests = new ArrayList<>();
            for (SeedMarket m : testMarkets) {
                List<ApplicantItem> items = new ArrayList<>();
                for (SeedMarket.PostedProject p : m.projects.values()) {
                    if (!p.postedAt().isBefore(m.marketCut) && hired(p) != null) {
                        items.add(item(m, p));
                    }
                }
                tests.add(new ApplicantTestSet(m.seed, items, awardedBefore(m)));
            }
        }
        return tests;
    }

    /** Scores each model's rankings (item id → applicant ids, best first) beside the references and the oracle. */
    public TaskReport report(Map<String, Map<String, List<String>>> models) {
        RankingScorer scorer = new RankingScorer("applicants", RankingScorer.APPLICANT_METRICS, 1);
        Map<String, Map<String, List<String>>> systems = new LinkedHashMap<>(references());
        systems.putAll(models);
        List<ApplicantTestSet> sets = tests();
        for (int s = 0; s < sets.size(); s++) {
            SeedMarket m = testMarkets.get(s);
            List<ApplicantItem> items = sets.get(s).items();
            List<Map<String, Integer>> grades = new ArrayList<>();
            String[] groups = new String[items.size()];
            for (int i = 0; i < items.size(); i++) {
                grades.add(Map.of(hired(m.projects.get(items.get(i).project().id())), 1));
                groups[i] = items.get(i).project().language().name();
            }
            scorer.addSeed(m.seed, grades, groups);
            for (Map.Entry<String, Map<String, List<String>>> system : systems.entrySet()) {
                List<List<String>> rankings = new ArrayList<>();
                for (ApplicantItem it : items) {
                    rankings.add(Predictions.requireRanking(system.getKey(), system.getValue(), it.id()));
                }
                scorer.rankings(system.getKey(), s, rankings);
            }
        }
        return TaskReport.score(scorer, List.copyOf(systems.keySet()), config.bootstrap(), config.bootstrapSeed());
    }

    /** The references' and the oracle's rankings for every test item. */
    public synchronized Map<String, Map<String, List<String>>> references() {
        if (references == null) {
            List<double[]> rows = new ArrayList<>();
            List<Boolean> labels = new ArrayList<>();
            for (ApplicantExample e : train()) {
                ApplicantItem it = e.item();
                for (Freelancer f : it.applicants()) {
                    rows.add(features.of(it.project(), f, it.client(), it.at()));
                    labels.add(f.id().equals(e.hiredFreelancerId()));
                }
            }
            LogisticRegression logistic = LogisticRegression.fitStandardised(rows, labels, 1.0);
            Map<String, List<String>> random = new LinkedHashMap<>();
            Map<String, List<String>> rule = new LinkedHashMap<>();
            Map<String, List<String>> logisticR = new LinkedHashMap<>();
            Map<String, List<String>> oracle = new LinkedHashMap<>();
            Map<String, List<String>> stated = new LinkedHashMap<>();
            Map<String, List<String>> profile = new LinkedHashMap<>();
            Map<String, List<String>> read = new LinkedHashMap<>();
            for (int s = 0; s < testMarkets.size(); s++) {
                SeedMarket m = testMarkets.get(s);
                for (ApplicantItem it : tests().get(s).items()) {
                    List<String> shuffled = new ArrayList<>(it.applicants().stream().map(Freelancer::id).toList());
                    java.util.Collections.shuffle(shuffled,
                            new java.util.Random(new SplittableRandom(config.bootstrapSeed() ^ it.id().hashCode()).nextLong()));
                    random.put(it.id(), shuffled);
                    rule.put(it.id(), rank(it.applicants(), f -> PairFeatures.declaredCoverage(it.project(), f)));
                    logisticR.put(it.id(), rank(it.applicants(),
                            f -> logistic.score(features.of(it.project(), f, it.client(), it.at()))));
                    Map<String, Double> fit = new LinkedHashMap<>();
                    Map<String, Double> statedFit = new LinkedHashMap<>();
                    Map<String, Double> profileFit = new LinkedHashMap<>();
                    Map<String, Double> readFit = new LinkedHashMap<>();
                    for (Applicant a : m.projects.get(it.project().id()).truth().applicants()) {
                        fit.put(a.freelancerId(), a.fit());
                        statedFit.put(a.freelancerId(), a.statedFit());
                        profileFit.put(a.freelancerId(), a.profileFit());
                        readFit.put(a.freelancerId(), ReadFit.of(m.config.mechanisms(), a.profileFit(),
                                it.project(), it.at(), m.projects.get(it.project().id()).truth().project(),
                                applicant(it, a.freelancerId()), m.freelancerTruth.get(a.freelancerId())));
                    }
                    oracle.put(it.id(), rank(it.applicants(), f -> fit.get(f.id())));
                    stated.put(it.id(), rank(it.applicants(), f -> statedFit.get(f.id())));
                    profile.put(it.id(), rank(it.applicants(), f -> profileFit.get(f.id())));
                    read.put(it.id(), rank(it.applicants(), f -> readFit.get(f.id())));
                }
            }
            references = new LinkedHashMap<>();
            references.put(TaskReport.RANDOM, random);
            references.put(TaskReport.RULE, rule);
            references.put(TaskReport.LOGISTIC, logisticR);
            references.put(TaskReport.ORACLE, oracle);
            references.put(ORACLE_STATED, stated);
            references.put(ORACLE_PROFILE, profile);
            references.put(ORACLE_READ, read);
        }
        return references;
    }

    private static Freelancer applicant(ApplicantItem item, String id) {
        for (Freelancer f : item.applicants()) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        throw new IllegalStateException("applicant " + id + " is not among item " + item.id() + "'s");
    }

    /** Applicant ids by descending score (ties in applicant order). */
    static List<String> rank(List<Freelancer> applicants, java.util.function.ToDoubleFunction<Freelancer> score) {
        List<Freelancer> sorted = new ArrayList<>(applicants);
        sorted.sort(Comparator.comparingDouble(score).reversed());
        return sorted.stream().map(Freelancer::id).toList();
    }

    private static List<ApplicantExample> awardedBefore(SeedMarket m) {
        List<ApplicantExample> out = new ArrayList<>();
        for (SeedMarket.PostedProject p : m.projects.values()) {
            String hired = hired(p);
            if (hired == null) {
                continue;
            }
            String contract = m.contractOfProject.get(p.project().id());
            if (contract != null && m.hires.get(contract).awarded().occurredAt().isBefore(m.marketCut)) {
                out.add(new ApplicantExample(item(m, p), hired));
            }
        }
        return out;
    }

    private static String hired(SeedMarket.PostedProject p) {
        for (Applicant a : p.truth().applicants()) {
            if (a.hired()) {
                return a.freelancerId();
            }
        }
        return null;
    }

    private static ApplicantItem item(SeedMarket m, SeedMarket.PostedProject p) {
        List<Freelancer> applicants = new ArrayList<>();
        for (Applicant a : p.truth().applicants()) {
            applicants.add(m.freelancers.get(a.freelancerId()).at(p.postedAt()));
        }
        return new ApplicantItem(m.itemId(p.project().id()), p.postedAt(), p.project(),
                m.clients.get(p.project().clientId()), applicants);
    }
}
