package ai.talent.nn.block;

import ai.djl.nn.Block;
import ai.djl.nn.norm.BatchNorm;
import java.util.Optional;

/** Normalisation applied after each hidden linear layer of an {@link Mlp}. */
public enum NormKind {
    NONE,
    BATCH,
    LAYER;

    /** A new normalisation block, or empty for {@link #NONE}. */
    public Optional<Block> block() {
        return switch (this) {
            case NONE -> Optional.empty();
            case BATCH -> Optional.of(BatchNorm.builder().build());
            // Features sit on the last axis for both [batch, features] and [batch, time, features].
            case LAYER -> Optional.of(new FeatureLayerNorm());
        };
    }
}
