package ai.talent.success.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The success predictor's settings ({@code success.*}): the weights of the baseline logistic model (every feature
 * scaled to −1..1 with 0 meaning "average or unknown", so each weight reads as the log-odds a feature adds at its
 * best) and the online learning ({@code success.learning.*}).
 */
@ConfigMapping(prefix = "success")
public interface SuccessConfig {

    @WithDefault("0.4")
    double intercept();

    /** Weight of the freelancer's average client rating. */
    @WithDefault("1.2")
    double ratingWeight();

    /** Weight of how well the freelancer's skill levels cover the project's required skills. */
    @WithDefault("1.5")
    double coverageWeight();

    /** Weight of how well the agreed rate fits the project's budget. */
    @WithDefault("0.8")
    double rateFitWeight();

    /** Weight of the freelancer's number of completed projects (log scale). */
    @WithDefault("0.5")
    double experienceWeight();

    /** Version stamped on the baseline's predictions (served while no learned model has been promoted). */
    @WithDefault("baseline-logistic-1")
    String modelVersion();

    /**
     * How long an award naming a project or freelancer the catalogs do not hold waits for them to read their topics up
     * to the moment it is handled. Reached and still unknown: the award is dead-lettered at once. Not reached
     * (catalogs catching up after a start, no broker): the award waits and is tried again, its partition held.
     */
    @WithDefault("10s")
    Duration catalogWait();

    /** Online learning: when to retrain, how a candidate is judged, how big it is. */
    Learning learning();

    interface Learning {

        /** Retrain in the background when this many contracts were labelled since the last training. */
        @WithDefault("200")
        int retrainAfter();

        /** Share of the labelled contracts (the latest) held out as the recent window that decides promotion. */
        @WithDefault("0.2")
        double windowFraction();

        /** A candidate is promoted when its window log-loss is at most the current model's plus this. */
        @WithDefault("0.0")
        double tolerance();

        /** Bayesian tuner trials per training (0 trains the default configuration). */
        @WithDefault("4")
        int trials();

        /** Ensemble members. */
        @WithDefault("5")
        int members();

        /** Epoch budget of a member. */
        @WithDefault("40")
        int maxEpochs();

        /** How often the background trainer counts new labels. */
        @WithDefault("10s")
        Duration checkInterval();

        /** Texts (projects, profiles) whose embeddings stay cached. */
        @WithDefault("20000")
        int embeddingCache();
    }

    /** The model log every replica follows ({@code ModelLog}). */
    Models models();

    interface Models {

        /** The compacted topic holding every version and the promotion decision; {@code <topic>-trainer} elects. */
        @WithDefault("success-predictor-models")
        String topic();

        /** Largest model version the log carries (topic max.message.bytes, producer and fetch sizes). */
        @WithDefault("33554432")
        int maxBytes();

        /** How long a promote or rollback waits for the broker and for this replica to apply it. */
        @WithDefault("20s")
        Duration applyTimeout();
    }
}
