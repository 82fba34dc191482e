package ai.talent.nn.eval;

/** One train/test partition of row indices {@code 0..n-1}. */
public record Fold(int[] train, int[] test) {
}
