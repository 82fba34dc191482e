package ai.talent.nn.block;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;

/** The nonlinearities an {@link Mlp} layer can use, each mapped to DJL's parameter-free activation block. */
public enum ActivationKind {
    RELU,
    GELU,
    TANH,
    SIGMOID,
    LEAKY_RELU;

    /** Slope of LeakyReLU for negative inputs; 0.01 is PyTorch's default. */
    public static final float LEAKY_SLOPE = 0.01f;

    /** A new activation block of this kind. */
    public Block block() {
        return switch (this) {
            case RELU -> Activation.reluBlock();
            case GELU -> Activation.geluBlock();
            case TANH -> Activation.tanhBlock();
            case SIGMOID -> Activation.sigmoidBlock();
            case LEAKY_RELU -> Activation.leakyReluBlock(LEAKY_SLOPE);
        };
    }
}
