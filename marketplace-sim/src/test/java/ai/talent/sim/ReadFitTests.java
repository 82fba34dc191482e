package ai.talent.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The read fit's expected craft of a bio's outer tier is the tail mean the simulator's writing implies. */
class ReadFitTests {

    @Test
    void theStrongTiersExpectedCraftIsTheMeanCraftOfBiosWrittenStrong() {
        // the simulator writes a bio strong when craft + 0.45·noise > 0.6: the mean craft of such bios, sampled
        SplittableRandom rng = new SplittableRandom(7);
        double sum = 0;
        long n = 0;
        for (int i = 0; i < 2_000_000; i++) {
            double craft = gaussian(rng);
            if (craft + 0.45 * gaussian(rng) > 0.6) {
                sum += craft;
                n++;
            }
        }
        assertThat(ReadFit.CRAFT_OF_OUTER_TIER).isCloseTo(sum / n, within(0.005));
        assertThat(ReadFit.craftOfOuterTier(0.45, 0.0)).isCloseTo(sum / n, within(1.0)).isLessThan(sum / n);
    }

    private static double gaussian(SplittableRandom rng) {
        double u = rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
