package ai.talent.sim.harness;

/** How a learner answered: right or wrong, and how long it took. */
public record TracingOutcome(boolean correct, int durationSeconds) {
}
