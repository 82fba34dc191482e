package ai.talent.tutoring.consumer;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.ContractEvent;
import ai.talent.domain.event.FreelancerDeleted;
import ai.talent.domain.event.FreelancerEvent;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.LearningAttempted;
import ai.talent.domain.event.Topics;
import ai.talent.service.event.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Where events enter tutoring as a consumer group (each record once for all replicas): a record that cannot be
 * decoded or processed is nacked and lands in its topic's .dlq. Tutoring's reactions (paths, portfolios) depend
 * on keyed state, so its Kafka Streams topology makes them, in the same transaction as the state they change
 * ({@code state/TutoringState}); nothing else happens here.
 */
@ApplicationScoped
public class TutoringEventConsumer {

    private final EventIntake intake;

    public TutoringEventConsumer(EventIntake intake) {
        this.intake = intake;
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
        intake.accept(Topics.LEARNING_EVENTS, record, LearningAttempted.class, e -> { });
    }
}
