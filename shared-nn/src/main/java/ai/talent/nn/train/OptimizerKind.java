package ai.talent.nn.train;

/** The optimisers {@link ModelTrainer} can use. */
public enum OptimizerKind {
    /** Stochastic gradient descent, with optional (heavy-ball) momentum. */
    SGD,
    /** SGD with Nesterov momentum. */
    NESTEROV,
    ADAM,
    /** Adam with decoupled weight decay. */
    ADAMW,
    RMSPROP,
    ADAGRAD
}
