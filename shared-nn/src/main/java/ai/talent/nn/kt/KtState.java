package ai.talent.nn.kt;

/**
 * A learner's knowledge state as plain arrays (no tensors), so that it can be stored between events and
 * advanced one attempt at a time by the network that made it.
 */
public sealed interface KtState permits DktState, AktState, EnsembleState {

    /** Rows (attempt, skill) seen so far. */
    int rows();
}
