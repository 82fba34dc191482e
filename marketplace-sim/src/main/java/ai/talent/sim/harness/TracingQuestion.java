package ai.talent.sim.harness;

import ai.talent.domain.model.Exercise;
import java.time.Instant;

/**
 * An exercise put to a learner, before the answer: what a tracer may use to predict it. The answer's
 * correctness and duration come only afterwards ({@link TracingOutcome}). {@code id} is unique across seeds.
 */
public record TracingQuestion(String id, String learnerId, Exercise exercise, Instant time) {
}
