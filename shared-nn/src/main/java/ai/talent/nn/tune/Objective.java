package ai.talent.nn.tune;

/** What a tuning run evaluates: a config in, one number out (a validation loss or score). */
@FunctionalInterface
public interface Objective {

    double evaluate(Config config) throws Exception;
}
