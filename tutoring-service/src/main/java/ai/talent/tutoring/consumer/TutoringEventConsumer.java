package ai.talent.tutoring.consumer;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.ContractEvent;
import ai.talent.domain.event.FreelancerDeleted;
import ai.talent.domain.event.FreelancerEvent;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.LearningAttempted;
import ai.talent.domain.event.Topics;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.service.event.EventIntake;
import ai.talent.service.event.UnprocessableEventException;
import ai.talent.tutoring.learning.AttemptCheck;
import ai.talent.tutoring.learning.LearningService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Where events enter tutoring as a consumer group (each record once for all replicas): a record that cannot be
 * decoded or processed is nacked and lands in its topic's .dlq. Tutoring's reactions (paths, portfolios) depend
 * on keyed state, so its Kafka Streams topology makes them, in the same transaction as the state they change
 * ({@code state/TutoringState}); here, besides, attempts at unknown skills or exercises are dead-lettered.
 */
@ApplicationScoped
public class TutoringEventConsumer {

    private final EventIntake intake;
    private final AttemptCheck attempts;

    public TutoringEventConsumer(EventIntake intake, LearningService learning) {
        this.intake = intake;
        this.attempts = new AttemptCheck(SkillTaxonomy.standard(), learning.model(), learning.exercises());
    }

    @Incoming("freelancers")
    @Blocking
    public void onFreelancer(ConsumerRecord<String, String> record) {
        intake.accept(Topics.FREELANCERS, record, FreelancerEvent.class, event -> {
            switch (event) {
                case FreelancerUpserted e -> { }
                case FreelancerDeleted e -> { }
            }
        });
    }

    @Incoming("contracts")
    @Blocking
    public void onContract(ConsumerRecord<String, String> record) {
        intake.accept(Topics.CONTRACTS, record, ContractEvent.class, event -> {
            switch (event) {
                case ContractAwarded e -> { }
                case ContractCompleted e -> { }
            }
        });
    }

    @Incoming("learning-events")
    @Blocking
    public void onLearning(ConsumerRecord<String, String> record) {
        // An attempt the topology cannot trace (unknown skill or exercise) is skipped there and dead-lettered here.
        intake.accept(Topics.LEARNING_EVENTS, record, LearningAttempted.class, e -> attempts.problem(e.attempt())
                .ifPresent(reason -> {
                    throw new UnprocessableEventException(reason);
                }));
    }
}
