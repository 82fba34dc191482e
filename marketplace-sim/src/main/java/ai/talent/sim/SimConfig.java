package ai.talent.sim;

import ai.talent.sim.text.TextHalf;

/**
 * What to simulate: entity counts, the seed, the share of Korean / English / mixed texts, which half of the
 * wording the texts use, how many days the history spans, and the strength of each truth mechanism. Defaults
 * live in {@link #of}; the market's fixed behaviour lives in {@link MarketParameters}.
 *
 * @param exercisesPerSkill exercises per taxonomy skill in the learning catalogue
 * @param historyDays       projects are posted evenly over this many days (contracts may end after it)
 */
public record SimConfig(
        int freelancers,
        int projects,
        int clients,
        int learners,
        int exercisesPerSkill,
        int attemptsPerLearner,
        int queries,
        long seed,
        double koShare,
        double enShare,
        double mixedShare,
        TextHalf textHalf,
        int historyDays,
        Mechanisms mechanisms) {

    public static final int DEFAULT_QUERIES = 50;
    public static final int DEFAULT_EXERCISES_PER_SKILL = 10;
    public static final int DEFAULT_ATTEMPTS_PER_LEARNER = 60;
    public static final int DEFAULT_HISTORY_DAYS = 365;

    public SimConfig {
        if (freelancers < 0 || projects < 0 || learners < 0 || queries < 0 || clients < 0 || exercisesPerSkill < 0
                || attemptsPerLearner < 0) {
            throw new IllegalArgumentException("entity counts must be ≥ 0");
        }
        if (projects > 0 && freelancers == 0) {
            throw new IllegalArgumentException("projects need applicants: give --freelancers ≥ 1");
        }
        if (queries > 0 && freelancers == 0) {
            throw new IllegalArgumentException("queries are judged against freelancers: give --freelancers ≥ 1");
        }
        if (projects > 0 && clients == 0) {
            throw new IllegalArgumentException("projects need clients: clients must be ≥ 1");
        }
        if (learners > 0 && exercisesPerSkill == 0) {
            throw new IllegalArgumentException("learners need exercises: exercises per skill must be ≥ 1");
        }
        if (koShare < 0 || enShare < 0 || mixedShare < 0 || Math.abs(koShare + enShare + mixedShare - 1) > 1e-9) {
            throw new IllegalArgumentException("text language shares must be ≥ 0 and sum to 1, were "
                    + koShare + " / " + enShare + " / " + mixedShare);
        }
        if (historyDays < 1) {
            throw new IllegalArgumentException("the history must span at least one day, was " + historyDays);
        }
        if (textHalf == null || mechanisms == null) {
            throw new IllegalArgumentException("textHalf and mechanisms are required");
        }
    }

    public static SimConfig defaults() {
        return of(1000, 300, 100, 42);
    }

    /**
     * A configuration with derived client counts, {@value #DEFAULT_QUERIES} queries when there are freelancers,
     * the default language shares, the training half of the wording and every mechanism at strength 1.
     */
    public static SimConfig of(int freelancers, int projects, int learners, long seed) {
        return new SimConfig(freelancers, projects, projects == 0 ? 0 : Math.max(1, projects / 4), learners,
                DEFAULT_EXERCISES_PER_SKILL, DEFAULT_ATTEMPTS_PER_LEARNER, freelancers == 0 ? 0 : DEFAULT_QUERIES,
                seed, 0.5, 0.2, 0.3, TextHalf.TRAIN, DEFAULT_HISTORY_DAYS, Mechanisms.defaults());
    }

    public SimConfig withQueries(int count) {
        return new SimConfig(freelancers, projects, clients, learners, exercisesPerSkill, attemptsPerLearner, count,
                seed, koShare, enShare, mixedShare, textHalf, historyDays, mechanisms);
    }

    public SimConfig withClients(int count) {
        return new SimConfig(freelancers, projects, count, learners, exercisesPerSkill, attemptsPerLearner, queries,
                seed, koShare, enShare, mixedShare, textHalf, historyDays, mechanisms);
    }

    public SimConfig withSeed(long newSeed) {
        return new SimConfig(freelancers, projects, clients, learners, exercisesPerSkill, attemptsPerLearner, queries,
                newSeed, koShare, enShare, mixedShare, textHalf, historyDays, mechanisms);
    }

    public SimConfig withAttemptsPerLearner(int count) {
        return new SimConfig(freelancers, projects, clients, learners, exercisesPerSkill, count, queries, seed,
                koShare, enShare, mixedShare, textHalf, historyDays, mechanisms);
    }

    public SimConfig withExercisesPerSkill(int count) {
        return new SimConfig(freelancers, projects, clients, learners, count, attemptsPerLearner, queries, seed,
                koShare, enShare, mixedShare, textHalf, historyDays, mechanisms);
    }

    public SimConfig withLanguageShares(double ko, double en, double mixed) {
        return new SimConfig(freelancers, projects, clients, learners, exercisesPerSkill, attemptsPerLearner, queries,
                seed, ko, en, mixed, textHalf, historyDays, mechanisms);
    }

    public SimConfig withTextHalf(TextHalf half) {
        return new SimConfig(freelancers, projects, clients, learners, exercisesPerSkill, attemptsPerLearner, queries,
                seed, koShare, enShare, mixedShare, half, historyDays, mechanisms);
    }

    public SimConfig withHistoryDays(int days) {
        return new SimConfig(freelancers, projects, clients, learners, exercisesPerSkill, attemptsPerLearner, queries,
                seed, koShare, enShare, mixedShare, textHalf, days, mechanisms);
    }

    public SimConfig withMechanisms(Mechanisms newMechanisms) {
        return new SimConfig(freelancers, projects, clients, learners, exercisesPerSkill, attemptsPerLearner, queries,
                seed, koShare, enShare, mixedShare, textHalf, historyDays, newMechanisms);
    }
}
