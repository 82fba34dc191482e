package ai.talent.sim.harness;

import ai.talent.sim.Mechanisms;
import ai.talent.sim.SimConfig;
import java.util.List;

/**
 * What the scoring harness builds: the training seeds and the test seeds (different markets), the size and
 * mechanisms of each market ({@code market}'s seed and text half are replaced: training seeds write with the
 * training half of the wording, test seeds with the test half), the share of each market's history before the
 * time cut, and the bootstrap.
 */
public record HarnessConfig(List<Long> trainSeeds, List<Long> testSeeds, SimConfig market, double trainShare,
                            int bootstrap, long bootstrapSeed) {

    public HarnessConfig {
        trainSeeds = List.copyOf(trainSeeds);
        testSeeds = List.copyOf(testSeeds);
        if (trainSeeds.isEmpty() || testSeeds.isEmpty()) {
            throw new IllegalArgumentException("the harness needs at least one training and one test seed");
        }
        for (Long s : testSeeds) {
            if (trainSeeds.contains(s)) {
                throw new IllegalArgumentException("seed " + s + " is both a training and a test seed");
            }
        }
        if (!(trainShare > 0 && trainShare < 1)) {
            throw new IllegalArgumentException("trainShare must be between 0 and 1, was " + trainShare);
        }
        if (bootstrap < 1) {
            throw new IllegalArgumentException("bootstrap must be ≥ 1, was " + bootstrap);
        }
    }

    /**
     * The evaluation's default: three training and three test seeds, each a market of 2,500 freelancers,
     * 2,500 projects, 400 learners and 60 queries; an 80/20 time split; 200 bootstrap resamples.
     */
    public static HarnessConfig defaults() {
        return new HarnessConfig(List.of(101L, 102L, 103L), List.of(201L, 202L, 203L),
                SimConfig.of(2500, 2500, 400, 0).withQueries(60), 0.8, 200, 7);
    }

    public HarnessConfig withMarket(SimConfig newMarket) {
        return new HarnessConfig(trainSeeds, testSeeds, newMarket, trainShare, bootstrap, bootstrapSeed);
    }

    public HarnessConfig withMechanisms(Mechanisms mechanisms) {
        return withMarket(market.withMechanisms(mechanisms));
    }

    public HarnessConfig withBootstrap(int resamples) {
        return new HarnessConfig(trainSeeds, testSeeds, market, trainShare, resamples, bootstrapSeed);
    }
}
