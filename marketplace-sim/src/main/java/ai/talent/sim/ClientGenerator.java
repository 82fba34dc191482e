package ai.talent.sim;

import static ai.talent.sim.MarketParameters.REGIONS;
import static ai.talent.sim.MarketParameters.REGION_WEIGHT;

import ai.talent.domain.model.Client;
import ai.talent.domain.model.Region;
import ai.talent.sim.text.MarketplaceTexts;
import java.util.List;
import java.util.SplittableRandom;

/** Generates client number {@code index} from its own seed. */
final class ClientGenerator {

    private final long seed;
    private final List<String> industries;

    ClientGenerator(long seed) {
        this.seed = seed;
        this.industries = MarketplaceTexts.domains();
    }

    static String id(long index) {
        return "c-" + index;
    }

    SimClient generate(long index) {
        SplittableRandom rng = Seeds.rng(seed, "client", index);
        double quality = Draw.clamp(0.6 + 0.2 * rng.nextGaussian(), 0.02, 0.99);
        Region region = REGIONS[Draw.weightedIndex(REGION_WEIGHT, rng)];
        if (region == Region.REMOTE) {
            region = Region.SEOUL;
        }
        int posted = (int) Math.round(Math.exp(Draw.between(rng, 0, 3.5))) - 1;
        double ratingGiven = posted == 0 ? 0.0
                : Math.round(Draw.clamp(3.3 + 1.5 * quality + 0.3 * rng.nextGaussian(), 1, 5) * 10) / 10.0;
        boolean verified = rng.nextDouble() < 0.45 + 0.5 * quality;
        Client client = new Client(id(index), Names.company(rng), region, Draw.uniform(industries, rng), posted,
                ratingGiven, verified);
        return new SimClient(index, client, Math.round(quality * 1000) / 1000.0);
    }
}
