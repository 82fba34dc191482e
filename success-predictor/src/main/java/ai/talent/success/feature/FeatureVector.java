package ai.talent.success.feature;

/**
 * The features of one triple: the tabular values in {@link Feature} order and the two text embeddings the
 * model projects into its input.
 */
public record FeatureVector(float[] tabular, float[] projectText, float[] profileText) {
}
