package ai.talent.sim;

import static ai.talent.sim.MarketParameters.*;

import ai.talent.domain.model.Client;
import ai.talent.domain.model.Region;
import ai.talent.domain.skill.SkillCategory;
import ai.talent.sim.text.MarketplaceTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Generates client number {@code index} from its own seed. */
final class ClientGenerator {

    private final long seed;
    private final List<String> industries;
    private final CategoryMix categories;
    private final FreelancerGenerator freelancers;
    private final long freelancerCount;

    ClientGenerator(long seed, CategoryMix categories, FreelancerGenerator freelancers, long freelancerCount) {
        this.seed = seed;
        this.industries = MarketplaceTexts.domains();
        this.categories = categories;
        this.freelancers = freelancers;
        this.freelancerCount = freelancerCount;
    }

    static String id(long index) {
        return "c-" + index;
    }

    SimClient generate(long index) {
        SplittableRandom rng = Seeds.rng(seed, "client", index);
        double quality = Draw.clamp(CLIENT_QUALITY_MEAN + CLIENT_QUALITY_SD * rng.nextGaussian(), 0.02, 0.99);
        Region region = REGIONS[Draw.weightedIndex(REGION_WEIGHT, rng)];
        if (region == Region.REMOTE) {
            region = Region.SEOUL;
        }
        int posted = (int) Math.round(Math.exp(Draw.between(rng, 0, 3.5))) - 1;
        double ratingGiven = posted == 0 ? 0.0
                : Math.round(Draw.clamp(3.3 + 1.5 * quality + 0.3 * rng.nextGaussian(), 1, 5) * 10) / 10.0;
        boolean verified = rng.nextDouble() < 0.45 + 0.5 * quality;
        SkillCategory main = categories.draw(rng);
        List<Double> compatibility = new ArrayList<>();
        for (int k = 0; k < COMPATIBILITY_RANK; k++) {
            compatibility.add(FreelancerGenerator.round3(rng.nextGaussian()));
        }
        List<Long> network = new ArrayList<>();
        for (int k = 0; k < CLIENT_NETWORK && freelancerCount > 0; k++) {
            long f = rng.nextLong(freelancerCount);
            for (int tries = 0; tries < 40 && freelancers.categoryOf(f) != main; tries++) {
                f = rng.nextLong(freelancerCount);
            }
            if (!network.contains(f)) {
                network.add(f);
            }
        }
        Client client = new Client(id(index), Names.company(rng), region, Draw.uniform(industries, rng), posted,
                ratingGiven, verified);
        return new SimClient(index, client,
                new ClientTruth(FreelancerGenerator.round3(quality), main, compatibility), network);
    }
}
