package ai.talent.sim.harness;

import ai.talent.domain.event.SkillMastery;
import ai.talent.domain.model.Attempt;
import ai.talent.nn.eval.LogisticRegression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Knowledge tracing: will the learner answer this exercise correctly, and how well do they know its skills?
 * Training data is the training seeds' attempts before their time cut, as sequences per learner. A test seed
 * is replayed to a {@link KnowledgeTracer} in event time: the attempts after its cut are predicted before their
 * answers are shown. Scored by AUC and the mean absolute error of mastery estimates against the true mastery,
 * beside the references and the oracle (the true probability of a correct answer).
 */
public final class TracingTask {

    /** A tracer's answers on one replay: item id → probability, and item id → skill → mastery estimate. */
    public record Replay(Map<String, Double> predictions, Map<String, Map<String, Double>> mastery) {
    }

    private final List<SeedMarket> trainMarkets;
    private final List<SeedMarket> testMarkets;
    private final HarnessConfig config;
    private List<TracingSequence> train;
    private Map<String, Replay> references;

    TracingTask(List<SeedMarket> trainMarkets, List<SeedMarket> testMarkets, HarnessConfig config) {
        this.trainMarkets = trainMarkets;
        this.testMarkets = testMarkets;
        this.config = config;
    }

    /** The training seeds' attempts before their time cut, one sequence per learner, in time order. */
    public synchronized List<TracingSequence> train() {
        if (train == null) {
            train = new ArrayList<>();
            for (SeedMarket m : trainMarkets) {
                Map<String, List<TracingStep>> byLearner = new LinkedHashMap<>();
                for (SeedMarket.TracedAttempt a : m.attempts) {
                    if (a.event().occurredAt().isBefore(m.learningCut)) {
                        byLearner.computeIfAbsent(a.event().attempt().learnerId(), l -> new ArrayList<>())
                                .add(step(m, a));
                    }
                }
                byLearner.forEach((learner, steps) -> train.add(new TracingSequence(m.learners.get(learner), steps)));
            }
        }
        return train;
    }

    /** The number of scored attempts (after the cut) in the test seeds. */
    public int testItems() {
        int n = 0;
        for (SeedMarket m : testMarkets) {
            for (SeedMarket.TracedAttempt a : m.attempts) {
                if (!a.event().occurredAt().isBefore(m.learningCut)) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * Replays every test seed, in event time, to a fresh tracer from {@code tracers} (given the seed): attempts
     * before the cut are only observed, later ones are predicted, then observed.
     */
    public Replay replay(LongFunction<KnowledgeTracer> tracers) {
        Map<String, Double> predictions = new LinkedHashMap<>();
        Map<String, Map<String, Double>> mastery = new LinkedHashMap<>();
        for (SeedMarket m : testMarkets) {
            KnowledgeTracer tracer = tracers.apply(m.seed);
            for (SeedMarket.TracedAttempt a : inTimeOrder(m)) {
                TracingStep step = step(m, a);
                if (!a.event().occurredAt().isBefore(m.learningCut)) {
                    predictions.put(step.question().id(), tracer.predict(step.question()));
                    Map<String, Double> estimate = tracer.mastery(step.question());
                    if (!estimate.isEmpty()) {
                        mastery.put(step.question().id(), Map.copyOf(estimate));
                    }
                }
                tracer.observe(step.question(), step.outcome());
            }
        }
        return new Replay(predictions, mastery);
    }

    /** Scores each model's replay beside the references and the oracle. */
    public TaskReport report(Map<String, Replay> models) {
        BinaryScorer scorer = new BinaryScorer("tracing", BinaryScorer.TRACING_METRICS);
        Map<String, Replay> systems = new LinkedHashMap<>(references());
        systems.putAll(models);
        for (int s = 0; s < testMarkets.size(); s++) {
            SeedMarket m = testMarkets.get(s);
            List<SeedMarket.TracedAttempt> scored = inTimeOrder(m).stream()
                    .filter(a -> !a.event().occurredAt().isBefore(m.learningCut)).toList();
            boolean[] labels = new boolean[scored.size()];
            String[] groups = new String[scored.size()];
            for (int i = 0; i < scored.size(); i++) {
                labels[i] = scored.get(i).event().attempt().correct();
                groups[i] = TaskReport.ALL;
            }
            scorer.addSeed(m.seed, labels, groups);
            for (Map.Entry<String, Replay> system : systems.entrySet()) {
                double[] p = new double[scored.size()];
                double[] error = new double[scored.size()];
                for (int i = 0; i < scored.size(); i++) {
                    String id = m.itemId(scored.get(i).event().eventId());
                    p[i] = Predictions.require(system.getKey(), system.getValue().predictions(), id);
                    error[i] = masteryError(system.getValue().mastery().get(id), scored.get(i).truth().masteryBefore());
                }
                scorer.predictions(system.getKey(), s, p, error);
            }
        }
        return TaskReport.score(scorer, List.copyOf(systems.keySet()), config.bootstrap(), config.bootstrapSeed());
    }

    /** The references' and the oracle's replays. */
    public synchronized Map<String, Replay> references() {
        if (references == null) {
            List<double[]> rows = new ArrayList<>();
            List<double[]> ruleRows = new ArrayList<>();
            List<Boolean> labels = new ArrayList<>();
            for (TracingSequence sequence : train()) {
                TracingFeatures features = new TracingFeatures();
                for (TracingStep step : sequence.steps()) {
                    rows.add(features.of(step.question()));
                    ruleRows.add(new double[] {features.skillAccuracy(step.question())});
                    labels.add(step.outcome().correct());
                    features.observe(step.question(), step.outcome());
                }
            }
            LogisticRegression logistic = LogisticRegression.fitStandardised(rows, labels, 1.0);
            LogisticRegression rule = LogisticRegression.fitStandardised(ruleRows, labels, 1.0);
            double base = labels.stream().filter(b -> b).count() / (double) labels.size();
            references = new LinkedHashMap<>();
            references.put(TaskReport.RANDOM, replay(seed -> new ReferenceTracer(
                    q -> Predictions.jitter(base, q.id(), config.bootstrapSeed()), null)));
            references.put(TaskReport.RULE, replay(seed -> {
                TracingFeatures f = new TracingFeatures();
                return new ReferenceTracer(q -> rule.predict(new double[] {f.skillAccuracy(q)}), f);
            }));
            references.put(TaskReport.LOGISTIC, replay(seed -> {
                TracingFeatures f = new TracingFeatures();
                return new ReferenceTracer(q -> logistic.predict(f.of(q)), f);
            }));
            Map<String, Double> oracle = new LinkedHashMap<>();
            Map<String, Map<String, Double>> trueMastery = new LinkedHashMap<>();
            for (SeedMarket m : testMarkets) {
                for (SeedMarket.TracedAttempt a : m.attempts) {
                    if (!a.event().occurredAt().isBefore(m.learningCut)) {
                        String id = m.itemId(a.event().eventId());
                        oracle.put(id, a.truth().correctProbability());
                        Map<String, Double> mastery = new LinkedHashMap<>();
                        a.truth().masteryBefore().forEach(sm -> mastery.put(sm.skillId(), sm.mastery()));
                        trueMastery.put(id, mastery);
                    }
                }
            }
            references.put(TaskReport.ORACLE, new Replay(oracle, trueMastery));
        }
        return references;
    }

    /**
     * A reference tracer: a probability from its features, and as mastery the smoothed accuracy on each skill
     * (the counts the features keep; none for the random reference).
     */
    private record ReferenceTracer(java.util.function.ToDoubleFunction<TracingQuestion> p, TracingFeatures features)
            implements KnowledgeTracer {

        @Override
        public double predict(TracingQuestion question) {
            return p.applyAsDouble(question);
        }

        @Override
        public Map<String, Double> mastery(TracingQuestion question) {
            if (features == null) {
                return Map.of();
            }
            Map<String, Double> out = new LinkedHashMap<>();
            for (String skill : question.exercise().skillIds()) {
                out.put(skill, features.skillAccuracy(question.learnerId(), skill));
            }
            return out;
        }

        @Override
        public void observe(TracingQuestion question, TracingOutcome outcome) {
            if (features != null) {
                features.observe(question, outcome);
            }
        }
    }

    private static double masteryError(Map<String, Double> estimate, List<SkillMastery> truth) {
        if (estimate == null) {
            return Double.NaN;
        }
        double sum = 0;
        int n = 0;
        for (SkillMastery t : truth) {
            Double e = estimate.get(t.skillId());
            if (e != null) {
                sum += Math.abs(e - t.mastery());
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static List<SeedMarket.TracedAttempt> inTimeOrder(SeedMarket m) {
        List<SeedMarket.TracedAttempt> sorted = new ArrayList<>(m.attempts);
        sorted.sort(Comparator.comparing(a -> a.event().occurredAt()));
        return sorted;
    }

    private static TracingStep step(SeedMarket m, SeedMarket.TracedAttempt a) {
        Attempt attempt = a.event().attempt();
        TracingQuestion q = new TracingQuestion(m.itemId(a.event().eventId()), attempt.learnerId(),
                m.exercises.get(attempt.exerciseId()), attempt.time());
        return new TracingStep(q, new TracingOutcome(attempt.correct(), attempt.durationSeconds()));
    }
}
