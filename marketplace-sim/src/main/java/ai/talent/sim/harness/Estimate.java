package ai.talent.sim.harness;

import java.util.Locale;

/**
 * A metric over the test seeds: its mean over the seeds, a 95 % bootstrap interval (items resampled within each
 * seed, the seeds' metrics averaged, percentiles of that mean), and the standard deviation across the seeds.
 */
public record Estimate(double value, double low, double high, double seedStd) {

    public String describe() {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", value, low, high);
    }
}
