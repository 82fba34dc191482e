package ai.talent.tutoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Online knowledge tracing and the recommendations built on it ({@code tutoring.tracing.*}). */
@ConfigMapping(prefix = "tutoring.tracing")
public interface TracingConfig {

    /** The model registry the trained model is loaded from ({@code ./talent train kt} publishes there). */
    @WithDefault(".run/state/tutoring-service/models")
    String registry();

    /** The model's name in the registry. */
    @WithDefault("tutoring-kt")
    String modelName();

    /** A version to serve instead of the promoted one; when set, it must exist. */
    Optional<String> modelVersion();

    /**
     * Attempts kept per learner (skills and outcome only), from which a learner's model state is rebuilt once when
     * a new model version answers; the state itself advances one attempt at a time.
     */
    @WithDefault("1000")
    int historyLimit();

    /** Default target band of predicted success for next exercises. */
    @WithDefault("0.6")
    double bandLow();

    @WithDefault("0.8")
    double bandHigh();

    /** Next exercises returned by default, and the most a request may ask for. */
    @WithDefault("10")
    int nextExercises();

    @WithDefault("50")
    int maxNextExercises();

    /** Longest goal a learning-path request may name. */
    @WithDefault("100")
    int maxGoalLength();

    /** A role goal stands for the skills most often required by the projects that name it, at most this many. */
    @WithDefault("6")
    int roleSkills();

    /** A role's skill must be required by at least this share of the projects naming the role. */
    @WithDefault("0.25")
    double roleSkillShare();
}
