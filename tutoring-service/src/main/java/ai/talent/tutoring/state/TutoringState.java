package ai.talent.tutoring.state;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.LearningAttempted;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.event.ProjectUpdated;
import ai.talent.domain.event.Topics;
import ai.talent.service.state.keyed.KeyedState;
import ai.talent.service.state.keyed.KeyedStateTopology;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.tutoring.demand.DemandCatalog;
import ai.talent.tutoring.demand.ProjectDemand;
import ai.talent.tutoring.learning.AttemptCheck;
import ai.talent.tutoring.learning.ExerciseSkills;
import ai.talent.tutoring.learning.KnownExercises;
import ai.talent.tutoring.learning.LearnerState;
import ai.talent.tutoring.learning.LearningService;
import ai.talent.tutoring.portfolio.PortfolioService;
import ai.talent.tutoring.portfolio.ProjectBrief;
import ai.talent.tutoring.portfolio.WorkHistoryState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Everything tutoring knows, declared in one place:
 * <ul>
 *   <li>global store {@value KnownExercises#STORE} (every replica, whole): the exercises seen in any attempt;</li>
 *   <li>keyed store {@value LearnerState#STORE} (Kafka Streams, per learner) from learning-events; each attempt
 *       advances the learner's model state by one step and, when their path changed, publishes it
 *       ({@code learning-path.updated}) in the same transaction; untraceable attempts are skipped;</li>
 *   <li>global store {@value DemandCatalog#STORE} (every replica, whole): each project's demanded skills, from the
 *       projects topic, which weigh learning paths;</li>
 *   <li>keyed store {@value WorkHistoryState#STORE} (per freelancer) from freelancers and contracts (re-keyed by
 *       freelancer id); each completed contract, and each profile change of a freelancer with a portfolio,
 *       regenerates and publishes the portfolio ({@code portfolio.generated}) in the same transaction;</li>
 *   <li>global store {@value ProjectBrief#STORE} (every replica, whole) from projects: what portfolios say about
 *       the projects of a work history (title, description, skills).</li>
 * </ul>
 * The reactions live here rather than in the consumer-group intake because their output depends on keyed state:
 * the state update and the event it causes must commit together.
 */
@ApplicationScoped
public class TutoringState {

    @Produces
    @Singleton
    Topology topology(KeyedState state, LearningService learning, PortfolioService portfolios) {
        KeyedStateTopology topology = state.topology();

        // Attempts that cannot be traced (unknown skill or exercise) change nothing: the intake dead-letters them.
        AttemptCheck check = new AttemptCheck(SkillTaxonomy.standard(), learning.model(), learning.exercises());
        KStream<String, DomainEvent> attempts = topology.events("learning", Topics.LEARNING_EVENTS)
                .filter((learnerId, event) -> event instanceof LearningAttempted e
                        && check.problem(e.attempt()).isEmpty(), Named.as("traceable-attempts"));
        topology.globalStore(KnownExercises.STORE, ExerciseSkills.class, attempts
                .map((learnerId, event) -> exerciseOf(event), Named.as("exercise-of-attempt"))
                .processValues(NewExercises::new, Named.as("new-exercises")));
        KStream<String, DomainEvent> paths = topology.store(LearnerState.STORE, LearnerState.class, attempts,
                        LearnerState::none,
                        (learnerId, event, learner) -> event instanceof LearningAttempted e
                                ? learning.record(learner, e) : learner)
                .toStream(Named.as("learners-changed"))
                .filter((learnerId, learner) -> learner != null && learner.lastEventId() != null
                        && learner.pathChanged(), Named.as("learners-path-changed"))
                .mapValues(learner -> (DomainEvent) learning.pathUpdated(learner), Named.as("learning-paths"));
        topology.emit("learning-paths", paths);

        // One input per topic in a topology: the projects feed both the demand of learning paths and portfolios.
        KStream<String, DomainEvent> projects = topology.events("projects", Topics.PROJECTS);
        // Demand seen on the projects topic, by project, for learning paths (every replica holds it whole).
        topology.globalStore(DemandCatalog.STORE, ProjectDemand.class, projects
                .mapValues(DemandCatalog::of, Named.as("project-demand-of"))
                .filter((projectId, demand) -> demand != null, Named.as("project-demand-stated")));

        KStream<String, DomainEvent> work = topology.events("work", Topics.FREELANCERS, Topics.CONTRACTS)
                .selectKey(TutoringState::freelancerOf, Named.as("work-by-freelancer"));
        KStream<String, DomainEvent> portfoliosOut = topology.store(WorkHistoryState.STORE, WorkHistoryState.class,
                        work, WorkHistoryState::none, (freelancerId, event, history) -> portfolios.apply(history, event))
                .toStream(Named.as("work-changed"))
                .flatMapValues(history -> portfolios.generatedByLastEvent(history).<DomainEvent>map(p -> p).stream()
                        .toList(), Named.as("portfolios-generated"));
        topology.emit("portfolios", portfoliosOut);

        topology.globalStore(ProjectBrief.STORE, ProjectBrief.class, projects
                .flatMapValues(TutoringState::briefOf, Named.as("project-briefs")));
        return topology.build();
    }

    private static KeyValue<String, ExerciseSkills> exerciseOf(DomainEvent event) {
        var attempt = ((LearningAttempted) event).attempt();
        return KeyValue.pair(attempt.exerciseId(), new ExerciseSkills(attempt.exerciseId(), attempt.skillIds()));
    }

    /** Passes on an exercise only when the global store does not know it yet (most attempts are at known ones). */
    private static final class NewExercises implements FixedKeyProcessor<String, ExerciseSkills, ExerciseSkills> {

        private FixedKeyProcessorContext<String, ExerciseSkills> context;
        private KeyValueStore<String, ValueAndTimestamp<ExerciseSkills>> known;

        @Override
        public void init(FixedKeyProcessorContext<String, ExerciseSkills> context) {
            this.context = context;
            this.known = context.getStateStore(KnownExercises.STORE);
        }

        @Override
        public void process(FixedKeyRecord<String, ExerciseSkills> record) {
            ValueAndTimestamp<ExerciseSkills> seen = known.get(record.key());
            if (seen == null || !record.value().equals(seen.value())) {
                context.forward(record);
            }
        }
    }

    /** A posted or updated project's brief; a closed project keeps the brief it had (its work stays in portfolios). */
    private static List<ProjectBrief> briefOf(DomainEvent event) {
        return switch (event) {
            case ProjectPosted e -> List.of(ProjectBrief.of(e.project()));
            case ProjectUpdated e -> List.of(ProjectBrief.of(e.project()));
            default -> List.of();
        };
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
