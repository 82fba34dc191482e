package ai.talent.sim.harness;

/** One answered exercise. */
public record TracingStep(TracingQuestion question, TracingOutcome outcome) {
}
