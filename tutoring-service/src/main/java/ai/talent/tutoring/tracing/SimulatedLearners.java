package ai.talent.tutoring.tracing;

import ai.talent.domain.event.SkillMastery;
import ai.talent.domain.model.Attempt;
import ai.talent.nn.kt.KtSequence;
import ai.talent.sim.Marketplace;
import ai.talent.sim.SimAttempt;
import ai.talent.sim.SimConfig;
import ai.talent.sim.SimLearner;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Learners of the marketplace simulator (learning only: no freelancers or projects are generated), with the
 * simulator's hidden truth per attempt: each tagged skill's true mastery before it and the true probability of a
 * right answer (the oracle). Used by {@code ./talent train kt}, {@code eval kt-simulated}, the benchmark and the
 * tests; the simulator is never packaged with the service.
 */
public final class SimulatedLearners {

    /** One attempt with its truth. */
    public record TracedAttempt(Attempt attempt, Map<String, Double> trueMastery, double oracle) {
    }

    /** One learner's attempts in time order. */
    public record Learner(String id, List<TracedAttempt> attempts) {
    }

    private SimulatedLearners() {
    }

    /** The marketplace seed every tool and test draws learners from: one exercise catalogue, as in production. */
    public static final long MARKET_SEED = 42;

    /**
     * {@code count} learners of the marketplace seeded {@link #MARKET_SEED} from learner index {@code first} (disjoint
     * ranges are different people working on the same exercises), about {@code attemptsPerLearner} attempts each.
     */
    public static List<Learner> generate(int count, int attemptsPerLearner, long first) {
        Marketplace market = new Marketplace(SimConfig.of(1, 1, (int) first + count, MARKET_SEED)
                .withAttemptsPerLearner(attemptsPerLearner));
        List<Learner> learners = new ArrayList<>(count);
        for (long i = first; i < first + count; i++) {
            SimLearner learner = market.learner(i);
            List<TracedAttempt> attempts = new ArrayList<>();
            for (Iterator<SimAttempt> it = market.attempts(learner); it.hasNext(); ) {
                SimAttempt a = it.next();
                attempts.add(new TracedAttempt(a.event().attempt(), a.truth().masteryBefore().stream()
                        .collect(Collectors.toMap(SkillMastery::skillId, SkillMastery::mastery, (x, y) -> x)),
                        a.truth().correctProbability()));
            }
            learners.add(new Learner(learner.learner().id(), attempts));
        }
        return learners;
    }

    /** Learners as knowledge-tracing sequences: one row per (attempt, skill); an attempt's rows form one problem. */
    public static List<KtSequence> sequences(List<Learner> learners, SkillVocabulary skills) {
        List<KtSequence> out = new ArrayList<>(learners.size());
        for (Learner learner : learners) {
            int rows = learner.attempts().stream().mapToInt(a -> a.attempt().skillIds().size()).sum();
            int[] questions = new int[rows];
            int[] ids = new int[rows];
            int[] correct = new int[rows];
            int r = 0;
            int attempt = 0;
            for (TracedAttempt a : learner.attempts()) {
                attempt++;
                for (String skill : a.attempt().skillIds()) {
                    // DKT has no question table; the id only groups an attempt's rows into one problem, so that
                    // the leak-free protocol predicts them together (consecutive attempts get different ids)
                    questions[r] = 1 + attempt % 2;
                    ids[r] = skills.id(skill);
                    correct[r] = a.attempt().correct() ? 1 : 0;
                    r++;
                }
            }
            if (rows > 0) {
                out.add(new KtSequence(learner.id(), questions, ids, correct));
            }
        }
        return out;
    }
}
