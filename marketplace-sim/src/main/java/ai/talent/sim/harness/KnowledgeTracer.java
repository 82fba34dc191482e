package ai.talent.sim.harness;

import java.util.Map;

/**
 * A knowledge-tracing model as the harness replays a test seed to it, in event time: every attempt is first
 * asked ({@link #predict}) when it is a scored one (after the time cut), then answered ({@link #observe}). The
 * tracer never sees an answer, or how long it took, before predicting it.
 */
public interface KnowledgeTracer {

    /** The probability that the learner answers correctly. */
    double predict(TracingQuestion question);

    /**
     * The tracer's estimate of the learner's mastery (0–1) of each of the exercise's skills just before the
     * attempt, compared with the true mastery; empty when the tracer has none.
     */
    default Map<String, Double> mastery(TracingQuestion question) {
        return Map.of();
    }

    /** The answer, after any prediction. */
    void observe(TracingQuestion question, TracingOutcome outcome);
}
