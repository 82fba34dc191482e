package ai.talent.sim.harness;

import java.util.List;

/**
 * What the bootstrap needs from a task: its test items per seed, each in a group (a text language), and a
 * system's metrics on any subset of one seed's items.
 */
interface TaskScorer {

    String task();

    /** Metric names, the primary one (used for the headroom) first. */
    List<String> metrics();

    /** Whether a higher value of the metric is better. */
    boolean higherIsBetter(String metric);

    int seeds();

    long seedValue(int seed);

    int items(int seed);

    String group(int seed, int item);

    /** The systems' metrics (in {@link #metrics()} order) on the items {@code idx} of seed {@code seed}. */
    double[] compute(String system, int seed, int[] idx);
}
