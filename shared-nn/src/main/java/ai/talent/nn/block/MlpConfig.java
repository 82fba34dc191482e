package ai.talent.nn.block;

import java.util.List;

/**
 * Shape and regularisation of a multi-layer perceptron.
 *
 * @param hidden widths of the hidden layers, input side first (may be empty: a linear model)
 * @param outputs width of the final linear layer; 0 leaves the last hidden layer as the output
 *     (for use as a body under a head from {@link Heads})
 * @param activation nonlinearity after each hidden layer
 * @param dropout drop rate after each hidden layer's activation, 0 for none
 * @param norm normalisation between each hidden linear layer and its activation
 * @param residual add each hidden layer's input to its output (a projection where widths differ);
 *     the first hidden layer never has a shortcut because the input width is unknown until
 *     initialisation
 */
public record MlpConfig(
        List<Integer> hidden, int outputs, ActivationKind activation, float dropout, NormKind norm, boolean residual) {

    public static final ActivationKind DEFAULT_ACTIVATION = ActivationKind.RELU;

    public MlpConfig {
        hidden = List.copyOf(hidden);
        if (hidden.stream().anyMatch(w -> w <= 0)) {
            throw new IllegalArgumentException("MLP hidden widths must be positive, got " + hidden);
        }
        if (outputs < 0) {
            throw new IllegalArgumentException("MLP outputs must be >= 0 (0 = no output layer), got " + outputs);
        }
        if (dropout < 0 || dropout >= 1) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (hidden.isEmpty() && outputs == 0) {
            throw new IllegalArgumentException("an MLP needs at least one hidden layer or an output layer");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder with defaults: ReLU, no dropout, no normalisation, no residuals. */
    public static final class Builder {
        private List<Integer> hidden = List.of();
        private int outputs;
        private ActivationKind activation = DEFAULT_ACTIVATION;
        private float dropout;
        private NormKind norm = NormKind.NONE;
        private boolean residual;

        public Builder hidden(Integer... widths) {
            this.hidden = List.of(widths);
            return this;
        }

        public Builder hidden(List<Integer> widths) {
            this.hidden = widths;
            return this;
        }

        public Builder outputs(int outputs) {
            this.outputs = outputs;
            return this;
        }

        public Builder activation(ActivationKind activation) {
            this.activation = activation;
            return this;
        }

        public Builder dropout(float dropout) {
            this.dropout = dropout;
            return this;
        }

        public Builder norm(NormKind norm) {
            this.norm = norm;
            return this;
        }

        public Builder residual(boolean residual) {
            this.residual = residual;
            return this;
        }

        public MlpConfig build() {
            return new MlpConfig(hidden, outputs, activation, dropout, norm, residual);
        }
    }
}
