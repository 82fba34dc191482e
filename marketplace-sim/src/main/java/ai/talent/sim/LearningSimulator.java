package ai.talent.sim;

import static ai.talent.sim.MarketParameters.*;

import ai.talent.domain.event.LearningAttempted;
import ai.talent.domain.event.SkillMastery;
import ai.talent.domain.model.Attempt;
import ai.talent.domain.model.Exercise;
import ai.talent.domain.model.Learner;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillTaxonomy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Simulates learners. Each skill has a latent mastery 0–1 that rises with practice (more after a right answer),
 * more slowly while the skill's prerequisites are weak, and decays toward its starting point between sessions
 * with the learner's own half-life. An attempt is correct with probability
 * guess + (1 − guess − slip) · σ(slope · (mastery − difficulty)), using the weakest tagged skill and the
 * exercise's true difficulty. Learners practise their target skills and what those build on.
 */
final class LearningSimulator {

    private final long seed;
    private final int attemptsPerLearner;
    private final int historyDays;
    private final ExerciseCatalog catalog;
    private final Mechanisms mechanisms;
    private final List<Skill> targetable;
    /** Each skill's direct prerequisites that have exercises (what it builds on right below it). */
    private final Map<String, List<String>> prerequisites = new HashMap<>();

    LearningSimulator(SimConfig config, ExerciseCatalog catalog, SkillTaxonomy taxonomy) {
        this.seed = config.seed();
        this.attemptsPerLearner = config.attemptsPerLearner();
        this.historyDays = config.historyDays();
        this.catalog = catalog;
        this.mechanisms = config.mechanisms();
        this.targetable = taxonomy.all().stream().filter(s -> !catalog.forSkill(s.id()).isEmpty()).toList();
        for (Skill s : targetable) {
            prerequisites.put(s.id(), s.prerequisites().stream().filter(p -> !catalog.forSkill(p).isEmpty()).toList());
        }
    }

    /** People come to learn skills that build on others more often than the very basics. */
    private double targetWeight(Skill s) {
        return 1 + prerequisites.get(s.id()).size();
    }

    static String id(long index) {
        return "l-" + index;
    }

    /** True probability of a correct answer at this mastery and difficulty. */
    static double correctProbability(double mastery, double difficulty) {
        return GUESS + (1 - GUESS - SLIP) * Draw.sigmoid(MASTERY_SLOPE * (mastery - difficulty));
    }

    /** How much of its usual growth a skill gets while its weakest prerequisite has this mastery. */
    static double prerequisiteFactor(double weakestPrerequisite, double strength) {
        double deficit = 1 - Math.min(1, weakestPrerequisite / PREREQUISITE_ENOUGH);
        return Math.max(0, 1 - Math.min(1, strength) * (1 - PREREQUISITE_FLOOR) * deficit);
    }

    /** Mastery after {@code days} without practice: halfway back to its starting point every half-life. */
    static double decayed(double current, double base, double days, double halfLifeDays) {
        return base + (current - base) * Math.pow(0.5, days / halfLifeDays);
    }

    SimLearner learner(long index) {
        SplittableRandom rng = Seeds.rng(seed, "learner", index);
        double ability = rng.nextDouble();
        double learningRate = 0.05 + 0.15 * ability + 0.05 * rng.nextDouble();
        double halfLife = 3 + 25 * rng.nextDouble();
        int k = Math.min(targetable.size(), 2 + rng.nextInt(3));
        List<String> targets = new ArrayList<>();
        Skill first = Draw.weighted(targetable, this::targetWeight, rng);
        targets.add(first.id());
        // Targets cluster: a learner works on skills of one category.
        List<Skill> near = targetable.stream().filter(s -> s.category() == first.category()).toList();
        for (int guard = 0; targets.size() < k && guard < 50; guard++) {
            Skill candidate = Draw.weighted(near, this::targetWeight, rng);
            if (!targets.contains(candidate.id())) {
                targets.add(candidate.id());
            }
        }
        Learner learner = new Learner(id(index), Names.korean(rng), targets);
        return new SimLearner(index, learner,
                new LearnerTruth(round(ability), round(learningRate), Math.round(halfLife * 10) / 10.0));
    }

    /** The attempts of one learner in time order, generated as they are read. */
    Iterator<SimAttempt> attempts(SimLearner learner) {
        return new AttemptStream(learner);
    }

    private final class AttemptStream implements Iterator<SimAttempt> {

        private final SimLearner simLearner;
        private final LearnerTruth truth;
        private final SplittableRandom rng;
        private final List<String> practised;
        /** skill -> {current, base, last practised (epoch seconds)} */
        private final Map<String, double[]> state = new HashMap<>();
        private final int count;
        private Instant time;
        private int leftInSession;
        private int n;

        AttemptStream(SimLearner simLearner) {
            this.simLearner = simLearner;
            this.truth = simLearner.truth();
            this.rng = Seeds.rng(seed, "attempts", simLearner.index());
            Set<String> skills = new LinkedHashSet<>(simLearner.learner().targetSkillIds());
            for (String target : simLearner.learner().targetSkillIds()) {
                skills.addAll(prerequisites.get(target));
            }
            this.practised = new ArrayList<>(skills);
            this.count = (int) Math.round(attemptsPerLearner * Draw.between(rng, 0.5, 1.5));
            this.time = EPOCH.plusSeconds((long) (rng.nextDouble() * 0.8 * historyDays * DAY));
            this.leftInSession = 3 + rng.nextInt(8);
        }

        @Override
        public boolean hasNext() {
            return n < count;
        }

        @Override
        public SimAttempt next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (leftInSession-- == 0) {
                leftInSession = 2 + rng.nextInt(8);
                time = time.plusSeconds((long) (DAY * (0.3 - 3 * Math.log(1 - rng.nextDouble()))));
            } else {
                time = time.plusSeconds(30 + rng.nextInt(270));
            }
            String skill = Draw.uniform(practised, rng);
            List<Exercise> options = catalog.forSkill(skill);
            double current = mastery(skill);
            Exercise exercise = Draw.uniform(options, rng);
            // Learners tend to be given exercises near their level (as the published difficulty says).
            for (int c = 0; c < 2; c++) {
                Exercise other = Draw.uniform(options, rng);
                if (Math.abs(other.difficulty() - current) < Math.abs(exercise.difficulty() - current)) {
                    exercise = other;
                }
            }
            List<SkillMastery> before = new ArrayList<>();
            double weakest = 1.0;
            for (String tag : exercise.skillIds()) {
                double m = mastery(tag);
                before.add(new SkillMastery(tag, round(m)));
                weakest = Math.min(weakest, m);
            }
            double difficulty = catalog.trueDifficulty(exercise.id());
            double p = correctProbability(weakest, difficulty);
            boolean correct = rng.nextDouble() < p;
            for (String tag : exercise.skillIds()) {
                double[] s = state.get(tag);
                double factor = prerequisiteFactor(weakestPrerequisite(tag), mechanisms.prerequisites());
                s[0] += truth.learningRate() * factor * (1 - s[0]) * (correct ? 1.0 : 0.5);
            }
            int duration = (int) Math.round((20 + 200 * difficulty) * Draw.between(rng, 0.5, 1.5) + (correct ? 0 : 30));
            Attempt attempt = new Attempt(simLearner.learner().id(), exercise.id(), exercise.skillIds(), correct,
                    time, duration);
            LearningAttempted event = new LearningAttempted(
                    Seeds.eventId(seed, "attempt", simLearner.index(), n), time, attempt);
            n++;
            return new SimAttempt(event, new AttemptTruth(before, difficulty, round(p)));
        }

        /** Current true mastery after the decay since it was last practised (initialised on first use). */
        private double mastery(String skill) {
            double[] s = state.get(skill);
            long now = time.getEpochSecond();
            if (s == null) {
                double base = Draw.clamp(0.08 + 0.3 * truth.ability() + 0.1 * rng.nextGaussian(), 0.0, 0.8);
                s = new double[] {base, base, now};
                state.put(skill, s);
            }
            if (mechanisms.decay() > 0) {
                s[0] = decayed(s[0], s[1], (now - s[2]) / (double) DAY, truth.halfLifeDays() / mechanisms.decay());
            }
            s[2] = now;
            return s[0];
        }

        /** The weakest current mastery among the skill's prerequisites (1 when it has none). */
        private double weakestPrerequisite(String skill) {
            double weakest = 1.0;
            for (String pre : prerequisites.getOrDefault(skill, List.of())) {
                double[] s = state.get(pre);
                double m = s == null ? baseGuess() : mechanisms.decay() == 0 ? s[0]
                        : decayed(s[0], s[1], (time.getEpochSecond() - s[2]) / (double) DAY,
                                truth.halfLifeDays() / mechanisms.decay());
                weakest = Math.min(weakest, m);
            }
            return weakest;
        }

        /** What an unpractised prerequisite is worth: the learner's general starting level. */
        private double baseGuess() {
            return Draw.clamp(0.08 + 0.3 * truth.ability(), 0.0, 0.8);
        }
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
