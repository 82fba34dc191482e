package ai.talent.tutoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Knowledge-tracing parameters and learning-path limits ({@code tutoring.*}). */
@ConfigMapping(prefix = "tutoring")
public interface TutoringConfig {

    /** Bayesian Knowledge Tracing: probability a skill is known before any attempt. */
    @WithDefault("0.2")
    double priorMastery();

    /** Probability of learning the skill from one attempt. */
    @WithDefault("0.15")
    double learnRate();

    /** Probability of answering wrongly although the skill is known. */
    @WithDefault("0.1")
    double slip();

    /** Probability of answering rightly although the skill is not known. */
    @WithDefault("0.2")
    double guess();

    /** Estimated mastery from which a skill counts as learned. */
    @WithDefault("0.8")
    double masteredAt();

    /** Below this mastery, a skill's prerequisites the learner never practised are recommended first. */
    @WithDefault("0.5")
    double strugglingBelow();

    @WithDefault("3")
    int maxNextSteps();

    @WithDefault("3")
    int exercisesPerStep();
}
