package ai.talent.tutoring.state;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.LearningAttempted;
import ai.talent.domain.event.Topics;
import ai.talent.service.state.catalog.Catalog;
import ai.talent.service.state.catalog.CatalogDefinition;
import ai.talent.service.state.catalog.Catalogs;
import ai.talent.service.state.keyed.KeyedState;
import ai.talent.service.state.keyed.KeyedStateTopology;
import ai.talent.tutoring.learning.ExerciseSkills;
import ai.talent.tutoring.learning.KnownExercises;
import ai.talent.tutoring.learning.LearnerState;
import ai.talent.tutoring.learning.LearningService;
import ai.talent.tutoring.portfolio.PortfolioService;
import ai.talent.tutoring.portfolio.WorkHistoryState;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * Everything tutoring knows, declared in one place:
 * <ul>
 *   <li>catalog {@code exercises} (every replica, whole): the exercises seen in any attempt, by skill;</li>
 *   <li>keyed store {@value LearnerState#STORE} (Kafka Streams, per learner) from learning-events; each attempt
 *       updates the learner and publishes their path ({@code learning-path.updated}) in the same transaction;</li>
 *   <li>keyed store {@value WorkHistoryState#STORE} (per freelancer) from freelancers and contracts (re-keyed by
 *       freelancer id); each completed contract, and each profile change of a freelancer with a portfolio,
 *       regenerates and publishes the portfolio ({@code portfolio.generated}) in the same transaction.</li>
 * </ul>
 * The reactions live here rather than in the consumer-group intake because their output depends on keyed state:
 * the state update and the event it causes must commit together.
 */
@ApplicationScoped
public class TutoringState {

    @Produces
    @Singleton
    @Startup
    Catalog<ExerciseSkills> exercises(Catalogs catalogs) {
        return catalogs.open(CatalogDefinition.of("exercises", Topics.LEARNING_EVENTS, ExerciseSkills.class,
                (event, exercises) -> {
                    if (event instanceof LearningAttempted e) {
                        var attempt = e.attempt();
                        // Rewritten only when new or changed: most attempts are at known exercises.
                        ExerciseSkills seen = new ExerciseSkills(attempt.exerciseId(), attempt.skillIds());
                        if (!exercises.get(attempt.exerciseId()).map(seen::equals).orElse(false)) {
                            exercises.put(attempt.exerciseId(), seen);
                        }
                    }
                }));
    }

    @Produces
    @Singleton
    KnownExercises knownExercises(Catalog<ExerciseSkills> exercises) {
        return new KnownExercises(exercises);
    }

    @Produces
    @Singleton
    Topology topology(KeyedState state, LearningService learning, PortfolioService portfolios) {
        KeyedStateTopology topology = state.topology();

        KStream<String, DomainEvent> paths = topology.store(LearnerState.STORE, LearnerState.class,
                        topology.events("learning", Topics.LEARNING_EVENTS), LearnerState::none,
                        (learnerId, event, learner) -> event instanceof LearningAttempted e
                                ? learning.record(learner, e) : learner)
                .toStream(Named.as("learners-changed"))
                .filter((learnerId, learner) -> learner != null && learner.lastEventId() != null,
                        Named.as("learners-updated"))
                .mapValues(learner -> (DomainEvent) learning.pathUpdated(learner), Named.as("learning-paths"));
        topology.emit("learning-paths", paths);

        KStream<String, DomainEvent> work = topology.events("work", Topics.FREELANCERS, Topics.CONTRACTS)
                .selectKey(TutoringState::freelancerOf, Named.as("work-by-freelancer"));
        KStream<String, DomainEvent> portfoliosOut = topology.store(WorkHistoryState.STORE, WorkHistoryState.class,
                        work, WorkHistoryState::none, (freelancerId, event, history) -> portfolios.apply(history, event))
                .toStream(Named.as("work-changed"))
                .flatMapValues(history -> portfolios.generatedByLastEvent(history).<DomainEvent>map(p -> p).stream()
                        .toList(), Named.as("portfolios-generated"));
        topology.emit("portfolios", portfoliosOut);
        return topology.build();
    }

    /** Contracts are keyed by project on their topic; a work history is the freelancer's. */
    private static String freelancerOf(String key, DomainEvent event) {
        return switch (event) {
            case ContractAwarded e -> e.contract().freelancerId();
            case ContractCompleted e -> e.freelancerId();
            default -> key;
        };
    }
}
