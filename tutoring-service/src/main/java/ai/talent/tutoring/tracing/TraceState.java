package ai.talent.tutoring.tracing;

/**
 * A learner's model state as the learner store keeps it, so that an attempt advances it without replaying the
 * history: DKT's LSTM hidden and cell vectors, or (the fallback) Bayesian Knowledge Tracing's mastery per skill in
 * {@code h}. {@code model} names the model version that made it: a state of another version is rebuilt.
 *
 * @param rows skill rows observed so far (an attempt at a two-skill exercise is two rows)
 */
public record TraceState(String model, int rows, float[] h, float[] c) {
}
