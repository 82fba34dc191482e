package ai.talent.nn.tune;

/** A finished trial as search strategies see it: its unit-cube point and the loss to minimise. */
public record Observation(double[] unit, double loss) {
}
