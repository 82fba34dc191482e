package ai.talent.sim.harness;

import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.eval.LogisticRegression;
import ai.talent.sim.ContractTruth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Success prediction: will an awarded contract succeed? Training examples are the training seeds' contracts
 * completed before their time cut; test items are the test seeds' contracts awarded after it. Scored by AUC,
 * log-loss, Brier and ECE, per project text language, beside the references and the oracle (the true success
 * probability), and beside oracles without the truth's hidden terms ({@link #ORACLE_STATED}, {@link
 * #ORACLE_STATED_RELIABILITY}, {@link #ORACLE_PROFILE}): what the stated facts allow.
 */
public final class SuccessTask {

    /** The truth without the reliability, compatibility and client-quality terms: what the stated facts decide. */
    public static final String ORACLE_STATED = "oracle_stated";
    /** {@link #ORACLE_STATED} plus the freelancer's reliability, which a long track record reveals. */
    public static final String ORACLE_STATED_RELIABILITY = "oracle_stated_reliability";
    /** {@link #ORACLE_STATED} on the skill levels the profiles declare: what the profile as written decides. */
    public static final String ORACLE_PROFILE = "oracle_profile";

    private final List<SeedMarket> trainMarkets;
    private final List<SeedMarket> testMarkets;
    private final HarnessConfig config;
    private final PairFeatures features;
    private List<SuccessExample> train;
    private List<SuccessTestSet> tests;
    private Map<String, Map<String, Double>> references;

    SuccessTask(List<SeedMarket> trainMarkets, List<SeedMarket> testMarkets, HarnessConfig config,
                SkillTaxonomy taxonomy) {
        this.trainMarkets = trainMarkets;
        this.testMarkets = testMarkets;
        this.config = config;
        this.features = new PairFeatures(taxonomy);
    }

    /** The training seeds' contracts whose outcome was known before their time cut. */
    public synchronized List<SuccessExample> train() {
        if (train == null) {
            train = new ArrayList<>();
            for (SeedMarket m : trainMarkets) {
                train.addAll(completedBefore(m));
            }
        }
        return train;
    }

    /**
     * Each training seed's public market stream before its time cut, in event time (the events a service would
     * have consumed by then; see {@link SuccessTestSet#events()}), keyed by seed: the training examples are the
     * contracts whose award and completion are in it.
     */
    public synchronized Map<Long, List<DomainEvent>> trainEvents() {
        Map<Long, List<DomainEvent>> out = new LinkedHashMap<>();
        for (SeedMarket m : trainMarkets) {
            out.put(m.seed, m.marketEvents.stream().filter(e -> e.occurredAt().isBefore(m.marketCut)).toList());
        }
        return out;
    }

    /** The test seeds' contracts awarded after their time cut, with each seed's history before it. */
    public synchronized List<SuccessTestSet> tests() {
        if (tests == null) {
            tests = new ArrayList<>();
            for (SeedMarket m : testMarkets) {
                List<SuccessItem> items = new ArrayList<>();
                for (SeedMarket.Hire h : m.hires.values()) {
                    if (!h.awarded().occurredAt().isBefore(m.marketCut)) {
                        items.add(item(m, h));
                    }
                }
                tests.add(new SuccessTestSet(m.seed, items, completedBefore(m), m.marketEvents));
            }
        }
        return tests;
    }

    /** Scores each model's predictions (item id → probability of success) beside the references and the oracle. */
    public TaskReport report(Map<String, Map<String, Double>> models) {
        BinaryScorer scorer = new BinaryScorer("success", BinaryScorer.SUCCESS_METRICS);
        Map<String, Map<String, Double>> systems = new LinkedHashMap<>(references());
        systems.putAll(models);
        List<SuccessTestSet> sets = tests();
        for (int s = 0; s < sets.size(); s++) {
            SeedMarket m = testMarkets.get(s);
            List<SuccessItem> items = sets.get(s).items();
            boolean[] labels = new boolean[items.size()];
            String[] groups = new String[items.size()];
            for (int i = 0; i < items.size(); i++) {
                labels[i] = m.hires.get(items.get(i).contract().id()).completed().successful();
                groups[i] = items.get(i).project().language().name();
            }
            scorer.addSeed(m.seed, labels, groups);
            for (Map.Entry<String, Map<String, Double>> system : systems.entrySet()) {
                double[] p = new double[items.size()];
                for (int i = 0; i < items.size(); i++) {
                    p[i] = Predictions.require(system.getKey(), system.getValue(), items.get(i).id());
                }
                scorer.predictions(system.getKey(), s, p, null);
            }
        }
        return TaskReport.score(scorer, List.copyOf(systems.keySet()), config.bootstrap(), config.bootstrapSeed());
    }

    /**
     * Each system's expected calibration error over every test item of every seed pooled, with a 95 % bootstrap
     * interval (items resampled, seeded): {value, low, high} by system. The report's ECE is the mean of each seed's
     * own, whose bins hold a few dozen items at the default market size, so its noise alone gives the oracle itself
     * about 0.05 however many seeds are added; pooled, the bins hold the whole test population and the floor falls
     * as items are added.
     */
    public Map<String, double[]> pooledCalibration(Map<String, Map<String, Double>> models) {
        Map<String, Map<String, Double>> systems = new LinkedHashMap<>(references());
        systems.putAll(models);
        Map<String, Boolean> outcomes = testOutcomes();
        List<String> ids = new ArrayList<>(outcomes.keySet());
        int n = ids.size();
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            labels[i] = outcomes.get(ids.get(i));
        }
        int[][] samples = new int[config.bootstrap()][n];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(config.bootstrapSeed() ^ 0x5eedL);
        for (int[] sample : samples) {
            for (int i = 0; i < n; i++) {
                sample[i] = rng.nextInt(n);
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Double>> system : systems.entrySet()) {
            double[] p = new double[n];
            for (int i = 0; i < n; i++) {
                p[i] = Predictions.require(system.getKey(), system.getValue(), ids.get(i));
            }
            double[] boot = new double[samples.length];
            for (int b = 0; b < samples.length; b++) {
                double[] bp = new double[n];
                boolean[] bl = new boolean[n];
                for (int i = 0; i < n; i++) {
                    bp[i] = p[samples[b][i]];
                    bl[i] = labels[samples[b][i]];
                }
                boot[b] = Metrics.ece(bp, bl);
            }
            java.util.Arrays.sort(boot);
            out.put(system.getKey(), new double[] {Metrics.ece(p, labels), boot[(int) Math.floor(0.025 * (boot.length - 1))],
                    boot[(int) Math.ceil(0.975 * (boot.length - 1))]});
        }
        return out;
    }

    /**
     * Every test item's outcome (succeeded or not) by item id, seed by seed in item order. For analysing predictions
     * already made (reliability, recalibration studies): a model that read these before predicting would be scored
     * on its own answers.
     */
    public Map<String, Boolean> testOutcomes() {
        Map<String, Boolean> out = new LinkedHashMap<>();
        List<SuccessTestSet> sets = tests();
        for (int s = 0; s < sets.size(); s++) {
            SeedMarket m = testMarkets.get(s);
            for (SuccessItem it : sets.get(s).items()) {
                out.put(it.id(), m.hires.get(it.contract().id()).completed().successful());
            }
        }
        return out;
    }

    /** The references' and the oracle's predictions for every test item. */
    public synchronized Map<String, Map<String, Double>> references() {
        if (references == null) {
            List<double[]> rows = new ArrayList<>();
            List<double[]> ruleRows = new ArrayList<>();
            List<Boolean> labels = new ArrayList<>();
            for (SuccessExample e : train()) {
                SuccessItem it = e.item();
                rows.add(features.of(it.project(), it.freelancer(), it.client(), it.at()));
                ruleRows.add(new double[] {PairFeatures.declaredCoverage(it.project(), it.freelancer())});
                labels.add(e.success());
            }
            LogisticRegression logistic = LogisticRegression.fitStandardised(rows, labels, 1.0);
            LogisticRegression rule = LogisticRegression.fitStandardised(ruleRows, labels, 1.0);
            double base = labels.stream().filter(b -> b).count() / (double) labels.size();
            Map<String, Double> random = new LinkedHashMap<>();
            Map<String, Double> ruleP = new LinkedHashMap<>();
            Map<String, Double> logisticP = new LinkedHashMap<>();
            Map<String, Double> oracle = new LinkedHashMap<>();
            for (int s = 0; s < testMarkets.size(); s++) {
                SeedMarket m = testMarkets.get(s);
                for (SuccessItem it : tests().get(s).items()) {
                    random.put(it.id(), Predictions.jitter(base, it.id(), config.bootstrapSeed()));
                    ruleP.put(it.id(), rule.predict(new double[] {PairFeatures.declaredCoverage(it.project(),
                            it.freelancer())}));
                    logisticP.put(it.id(), logistic.predict(features.of(it.project(), it.freelancer(), it.client(),
                            it.at())));
                    oracle.put(it.id(), m.hires.get(it.contract().id()).truth().successProbability());
                }
            }
            references = new LinkedHashMap<>();
            references.put(TaskReport.RANDOM, random);
            references.put(TaskReport.RULE, ruleP);
            references.put(TaskReport.LOGISTIC, logisticP);
            references.put(TaskReport.ORACLE, oracle);
            references.put(ORACLE_STATED, statedOracle(ContractTruth::statedLogit));
            references.put(ORACLE_STATED_RELIABILITY, statedOracle(t -> t.statedLogit() + t.reliabilityTerm()));
            references.put(ORACLE_PROFILE, statedOracle(ContractTruth::profileLogit));
        }
        return references;
    }

    /**
     * The truth without (part of) what no stated fact carries ({@link ContractTruth}): each test contract ranked by
     * {@code logit} of its truth, calibrated by a logistic regression on the training contracts' same logit (the
     * hidden terms left out widen the outcome's spread about it). It is not a bound: histories show part of the
     * hidden terms (a profile's ratings its reliability, a client's past outcomes its quality, a pair's repeat hires
     * its compatibility), so a model reading them may pass {@link #ORACLE_STATED}; {@link
     * #ORACLE_STATED_RELIABILITY} grants the whole reliability, the term a track record shows best.
     */
    private Map<String, Double> statedOracle(ToDoubleFunction<ContractTruth> logit) {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (SeedMarket m : trainMarkets) {
            for (SeedMarket.Hire h : m.hires.values()) {
                if (completedBeforeCut(m, h)) {
                    rows.add(new double[] {logit.applyAsDouble(h.truth())});
                    labels.add(h.completed().successful());
                }
            }
        }
        LogisticRegression calibration = LogisticRegression.fitStandardised(rows, labels, 1.0);
        Map<String, Double> out = new LinkedHashMap<>();
        for (int s = 0; s < testMarkets.size(); s++) {
            SeedMarket m = testMarkets.get(s);
            for (SuccessItem it : tests().get(s).items()) {
                out.put(it.id(), calibration.predict(new double[] {
                        logit.applyAsDouble(m.hires.get(it.contract().id()).truth())}));
            }
        }
        return out;
    }

    private static List<SuccessExample> completedBefore(SeedMarket m) {
        List<SuccessExample> out = new ArrayList<>();
        for (SeedMarket.Hire h : m.hires.values()) {
            if (completedBeforeCut(m, h)) {
                out.add(new SuccessExample(item(m, h), h.completed().successful()));
            }
        }
        return out;
    }

    /** Whether a contract's outcome was known before its market's time cut: a training contract. */
    private static boolean completedBeforeCut(SeedMarket m, SeedMarket.Hire h) {
        return h.completed() != null && h.completed().occurredAt().isBefore(m.marketCut);
    }

    private static SuccessItem item(SeedMarket m, SeedMarket.Hire h) {
        var contract = h.awarded().contract();
        SeedMarket.PostedProject p = m.projects.get(contract.projectId());
        Freelancer f = m.freelancers.get(contract.freelancerId()).at(h.awarded().occurredAt());
        return new SuccessItem(m.itemId(contract.id()), h.awarded().occurredAt(), p.project(), f,
                m.clients.get(contract.clientId()), contract);
    }
}
