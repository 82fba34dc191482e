package ai.talent.sim;

import static ai.talent.sim.MarketParameters.*;

import ai.talent.domain.event.LearningAttempted;
import ai.talent.domain.event.SkillMastery;
import ai.talent.domain.model.Attempt;
import ai.talent.domain.model.Exercise;
import ai.talent.domain.model.Learner;
import ai.talent.domain.skill.SkillTaxonomy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Simulates learners: each skill has a latent mastery 0–1 that rises with practice (more after a right
 * answer) and decays toward its starting point between sessions; an attempt is correct with probability
 * guess + (1 − guess − slip) · σ(slope · (mastery − difficulty)), using the weakest tagged skill.
 */
final class LearningSimulator {

    private final long seed;
    private final int attemptsPerLearner;
    private final ExerciseCatalog catalog;
    private final List<String> practisable;

    LearningSimulator(long seed, int attemptsPerLearner, ExerciseCatalog catalog, SkillTaxonomy taxonomy) {
        this.seed = seed;
        this.attemptsPerLearner = attemptsPerLearner;
        this.catalog = catalog;
        this.practisable = catalog.practisableSkills();
    }

    static String id(long index) {
        return "l-" + index;
    }

    /** True probability of a correct answer at this mastery and difficulty. */
    static double correctProbability(double mastery, double difficulty) {
        return GUESS + (1 - GUESS - SLIP) * Draw.sigmoid(MASTERY_SLOPE * (mastery - difficulty));
    }

    SimLearner learner(long index) {
        SplittableRandom rng = Seeds.rng(seed, "learner", index);
        double ability = rng.nextDouble();
        double learningRate = 0.04 + 0.12 * ability + 0.02 * rng.nextDouble();
        double halfLife = 3 + 25 * rng.nextDouble();
        int k = Math.min(practisable.size(), 2 + rng.nextInt(3));
        List<String> targets = new ArrayList<>();
        String first = Draw.uniform(practisable, rng);
        targets.add(first);
        // Targets cluster: a learner works on a skill and the ones tagged with it.
        for (int guard = 0; targets.size() < k && guard < 50; guard++) {
            List<Exercise> near = catalog.forSkill(Draw.uniform(targets, rng));
            String candidate = rng.nextDouble() < 0.5 && !near.isEmpty()
                    ? Draw.uniform(Draw.uniform(near, rng).skillIds(), rng) : Draw.uniform(practisable, rng);
            if (!targets.contains(candidate) && !catalog.forSkill(candidate).isEmpty()) {
                targets.add(candidate);
            }
        }
        Learner learner = new Learner(id(index), Names.korean(rng), targets);
        return new SimLearner(index, learner,
                new LearnerTruth(round(ability), round(learningRate), Math.round(halfLife * 10) / 10.0));
    }

    /** Streams the attempts of one learner in time order. */
    void attempts(SimLearner simLearner, Consumer<SimAttempt> sink) {
        SplittableRandom rng = Seeds.rng(seed, "attempts", simLearner.index());
        LearnerTruth truth = simLearner.truth();
        List<String> targets = simLearner.learner().targetSkillIds();
        Map<String, double[]> state = new HashMap<>(); // skill -> {current, base, lastPractisedEpochSecond}
        int count = (int) Math.round(attemptsPerLearner * Draw.between(rng, 0.5, 1.5));
        Instant time = EPOCH.plusSeconds((long) (rng.nextDouble() * 300 * 86_400));
        int leftInSession = 3 + rng.nextInt(8);
        for (int n = 0; n < count; n++) {
            if (leftInSession-- == 0) {
                leftInSession = 2 + rng.nextInt(8);
                time = time.plusSeconds((long) (86_400 * (0.3 - 3 * Math.log(1 - rng.nextDouble()))));
            } else {
                time = time.plusSeconds(30 + rng.nextInt(270));
            }
            String skill = Draw.uniform(targets, rng);
            List<Exercise> options = catalog.forSkill(skill);
            double current = mastery(state, skill, truth, time, rng);
            Exercise exercise = Draw.uniform(options, rng);
            // Learners tend to be given exercises near their level.
            for (int c = 0; c < 2; c++) {
                Exercise other = Draw.uniform(options, rng);
                if (Math.abs(other.difficulty() - current) < Math.abs(exercise.difficulty() - current)) {
                    exercise = other;
                }
            }
            List<SkillMastery> before = new ArrayList<>();
            double weakest = 1.0;
            for (String tag : exercise.skillIds()) {
                double m = mastery(state, tag, truth, time, rng);
                before.add(new SkillMastery(tag, round(m)));
                weakest = Math.min(weakest, m);
            }
            double p = correctProbability(weakest, exercise.difficulty());
            boolean correct = rng.nextDouble() < p;
            for (String tag : exercise.skillIds()) {
                double[] s = state.get(tag);
                s[0] += truth.learningRate() * (1 - s[0]) * (correct ? 1.0 : 0.5);
                s[2] = time.getEpochSecond();
            }
            int duration = (int) Math.round((20 + 200 * exercise.difficulty()) * Draw.between(rng, 0.5, 1.5)
                    + (correct ? 0 : 30));
            Attempt attempt = new Attempt(simLearner.learner().id(), exercise.id(), exercise.skillIds(), correct,
                    time, duration);
            LearningAttempted event = new LearningAttempted(
                    Seeds.eventId(seed, "attempt-" + simLearner.index(), n), time, attempt);
            sink.accept(new SimAttempt(event, new AttemptTruth(before, round(p))));
        }
    }

    /** Current true mastery of a skill after the decay since it was last practised (initialised on first use). */
    private static double mastery(Map<String, double[]> state, String skill, LearnerTruth truth, Instant now,
                                  SplittableRandom rng) {
        double[] s = state.get(skill);
        if (s == null) {
            double base = Draw.clamp(0.08 + 0.3 * truth.ability() + 0.1 * rng.nextGaussian(), 0.0, 0.8);
            s = new double[] {base, base, now.getEpochSecond()};
            state.put(skill, s);
        }
        s[0] = decayed(s[0], s[1], (now.getEpochSecond() - s[2]) / 86_400.0, truth.halfLifeDays());
        s[2] = now.getEpochSecond();
        return s[0];
    }

    /** Mastery after {@code days} without practice: halfway back to its starting point every half-life. */
    static double decayed(double current, double base, double days, double halfLifeDays) {
        return base + (current - base) * Math.pow(0.5, days / halfLifeDays);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
