package ai.talent.sim;

/**
 * What to simulate: entity counts, the seed, and the share of Korean / English / mixed texts.
 * Defaults live in {@link #defaults()}; the market's behaviour lives in {@link MarketParameters}.
 */
public record SimConfig(
        int freelancers,
        int projects,
        int clients,
        int learners,
        int exercises,
        int attemptsPerLearner,
        int queries,
        long seed,
        double koShare,
        double enShare,
        double mixedShare) {

    public SimConfig {
        if (freelancers < 0 || projects < 0 || learners < 0 || queries < 0 || clients < 0 || exercises < 0
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
        if (learners > 0 && exercises == 0) {
            throw new IllegalArgumentException("learners need exercises: exercises must be ≥ 1");
        }
        if (koShare < 0 || enShare < 0 || mixedShare < 0 || Math.abs(koShare + enShare + mixedShare - 1) > 1e-9) {
            throw new IllegalArgumentException("text language shares must be ≥ 0 and sum to 1, were "
                    + koShare + " / " + enShare + " / " + mixedShare);
        }
    }

    public static SimConfig defaults() {
        return of(1000, 300, 100, 42);
    }

    /** A configuration with derived client and exercise counts and the default language shares. */
    public static SimConfig of(int freelancers, int projects, int learners, long seed) {
        return new SimConfig(freelancers, projects, projects == 0 ? 0 : Math.max(1, projects / 4), learners,
                learners == 0 ? 0 : 400, 40, 0, seed, 0.5, 0.2, 0.3);
    }

    public SimConfig withQueries(int count) {
        return new SimConfig(freelancers, projects, clients, learners, exercises, attemptsPerLearner, count, seed,
                koShare, enShare, mixedShare);
    }

    public SimConfig withSeed(long newSeed) {
        return new SimConfig(freelancers, projects, clients, learners, exercises, attemptsPerLearner, queries,
                newSeed, koShare, enShare, mixedShare);
    }

    public SimConfig withAttemptsPerLearner(int count) {
        return new SimConfig(freelancers, projects, clients, learners, exercises, count, queries, seed, koShare,
                enShare, mixedShare);
    }
}
