package ai.talent.success.consumer;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.ContractEvent;
import ai.talent.domain.event.EventType;
import ai.talent.domain.event.FreelancerDeleted;
import ai.talent.domain.event.FreelancerEvent;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.ProjectClosed;
import ai.talent.domain.event.ProjectEvent;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.event.ProjectUpdated;
import ai.talent.domain.event.Topics;
import ai.talent.service.event.EventIntake;
import ai.talent.service.event.EventMessages;
import ai.talent.service.state.StateJson;
import ai.talent.success.prediction.SuccessService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Where events enter the success predictor as a consumer group (each record once for all replicas): every
 * awarded contract is answered with a {@code success.predicted} event (its id derived from the award's, so a
 * redelivered award is answered with the same id), and a record that cannot be decoded or processed is nacked
 * and lands in its topic's .dlq. Profiles and projects are kept by the catalogs; predictions, labels and the feature
 * state by the keyed state, which reads the predictions back from their topic. Each award's snapshot (the input
 * the prediction was made from) goes to the compacted award-inputs topic, keyed by contract id, for training.
 */
@ApplicationScoped
public class ContractEventConsumer {

    private static final Logger LOG = Logger.getLogger(ContractEventConsumer.class);

    private final EventIntake intake;
    private final EventMessages messages;
    private final SuccessService success;
    private final MutinyEmitter<String> predictions;
    private final MutinyEmitter<Record<String, String>> awards;

    public ContractEventConsumer(EventIntake intake, EventMessages messages, SuccessService success,
                                 @Channel("success-predictions") MutinyEmitter<String> predictions,
                                 @Channel("award-inputs") MutinyEmitter<Record<String, String>> awards) {
        this.intake = intake;
        this.messages = messages;
        this.success = success;
        this.predictions = predictions;
        this.awards = awards;
    }

    /** Checks freelancer events; the freelancers catalog applies them. */
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

    /** Checks project events; the projects catalog applies them. */
    @Incoming("projects")
    @Blocking
    public void onProject(ConsumerRecord<String, String> record) {
        intake.accept(Topics.PROJECTS, record, ProjectEvent.class, event -> {
            switch (event) {
                case ProjectPosted e -> { }
                case ProjectUpdated e -> { }
                case ProjectClosed e -> { }
            }
        });
    }

    /**
     * Answers awarded contracts; the keyed state labels the predictions and the award snapshots with completed
     * contracts. An award naming a project or freelancer the catalogs do not hold is dead-lettered with the reason
     * once they have read their topics past it, and waits while they have not ({@link SuccessService}).
     */
    @Incoming("contracts")
    @Blocking
    public void onContract(ConsumerRecord<String, String> record) {
        intake.accept(Topics.CONTRACTS, record, ContractEvent.class, event -> {
            switch (event) {
                case ContractAwarded e -> {
                    var awarded = success.predictAwarded(e.contract(),
                            messages.idFor(EventType.SUCCESS_PREDICTED, e));
                    var prediction = awarded.prediction();
                    // Awaited so the input is only acknowledged once both are on their topics; a redelivery
                    // writes the same snapshot under the same key and the same prediction id again.
                    awards.sendAndAwait(Record.of(e.contract().id(), StateJson.write(awarded.snapshot())));
                    predictions.sendMessageAndAwait(messages.of(prediction));
                    LOG.infof("Predicted success %.2f for project %s with freelancer %s", prediction.probability(),
                            prediction.projectId(), prediction.freelancerId());
                }
                case ContractCompleted e -> { }
            }
        });
    }
}
