package ai.talent.nn.train;

import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;

/**
 * Which optimiser and its hyper-parameters.
 *
 * @param kind the update rule
 * @param learningRate peak learning rate (a schedule in {@link TrainConfig} shapes it over steps)
 * @param momentum momentum for SGD / Nesterov / RMSprop; ignored by the others
 * @param weightDecay the optimiser's own decay term (decoupled for AdamW); prefer the explicit L1/L2
 *     penalties in {@link TrainConfig} for the other optimisers
 */
public record OptimizerConfig(OptimizerKind kind, float learningRate, float momentum, float weightDecay) {

    public static final float DEFAULT_MOMENTUM = 0.9f;
    public static final float DEFAULT_ADAMW_DECAY = 0.01f;

    public OptimizerConfig {
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
        }
        if (momentum < 0 || momentum >= 1) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
        if (weightDecay < 0) {
            throw new IllegalArgumentException("weight decay must be >= 0, got " + weightDecay);
        }
        if (kind == OptimizerKind.NESTEROV && momentum == 0) {
            throw new IllegalArgumentException("Nesterov SGD needs a momentum > 0");
        }
    }

    public static OptimizerConfig sgd(float lr) {
        return new OptimizerConfig(OptimizerKind.SGD, lr, 0f, 0f);
    }

    public static OptimizerConfig sgdMomentum(float lr, float momentum) {
        return new OptimizerConfig(OptimizerKind.SGD, lr, momentum, 0f);
    }

    public static OptimizerConfig nesterov(float lr, float momentum) {
        return new OptimizerConfig(OptimizerKind.NESTEROV, lr, momentum, 0f);
    }

    public static OptimizerConfig adam(float lr) {
        return new OptimizerConfig(OptimizerKind.ADAM, lr, 0f, 0f);
    }

    public static OptimizerConfig adamW(float lr) {
        return new OptimizerConfig(OptimizerKind.ADAMW, lr, 0f, DEFAULT_ADAMW_DECAY);
    }

    public static OptimizerConfig rmsprop(float lr) {
        return new OptimizerConfig(OptimizerKind.RMSPROP, lr, 0f, 0f);
    }

    public static OptimizerConfig adagrad(float lr) {
        return new OptimizerConfig(OptimizerKind.ADAGRAD, lr, 0f, 0f);
    }

    /**
     * A DJL optimiser whose learning rate follows {@code schedule}. Adam and AdamW are DJL's (one fused native
     * update per parameter on the PyTorch engine); Nesterov, RMSprop and Adagrad are implemented here because DJL's
     * versions need kernels the PyTorch engine does not provide.
     */
    public Optimizer build(ParameterTracker schedule) {
        return switch (kind) {
            case SGD -> Optimizer.sgd()
                    .setLearningRateTracker(schedule)
                    .optMomentum(momentum)
                    .optWeightDecays(weightDecay)
                    .build();
            case NESTEROV -> new NesterovOptimizer(schedule, momentum, weightDecay);
            case ADAM -> Optimizer.adam()
                    .optLearningRateTracker(schedule)
                    .optWeightDecays(weightDecay)
                    .build();
            case ADAMW -> Optimizer.adamW()
                    .optLearningRateTracker(schedule)
                    .optWeightDecays(weightDecay)
                    .build();
            case RMSPROP -> new RmsPropOptimizer(schedule, momentum, weightDecay);
            case ADAGRAD -> new AdagradOptimizer(schedule, weightDecay);
        };
    }
}
