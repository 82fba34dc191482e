package ai.talent.success.consumer;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.FreelancerDeleted;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.ProjectClosed;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.event.ProjectUpdated;
import ai.talent.domain.event.Topics;
import ai.talent.service.event.EventIntake;
import ai.talent.service.event.EventMessages;
import ai.talent.service.event.UnprocessableEventException;
import ai.talent.success.market.MarketRepository;
import ai.talent.success.prediction.SuccessService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Where events enter the success predictor: profiles and projects feed its features, every awarded contract is
 * answered with a {@code success.predicted} event, and completed contracts label the predictions. A record that
 * fails here is nacked and lands in its topic's .dlq.
 */
@ApplicationScoped
public class ContractEventConsumer {

    private static final String SERVICE = "the success predictor";

    private static final Logger LOG = Logger.getLogger(ContractEventConsumer.class);

    private final EventIntake intake;
    private final EventMessages messages;
    private final MarketRepository market;
    private final SuccessService success;
    private final MutinyEmitter<String> predictions;

    public ContractEventConsumer(EventIntake intake, EventMessages messages, MarketRepository market,
                                 SuccessService success,
                                 @Channel("success-predictions") MutinyEmitter<String> predictions) {
        this.intake = intake;
        this.messages = messages;
        this.market = market;
        this.success = success;
        this.predictions = predictions;
    }

    @Incoming("freelancers")
    @Blocking
    public void onFreelancer(ConsumerRecord<String, String> record) {
        intake.accept(Topics.FREELANCERS, record, event -> {
            if (event instanceof FreelancerUpserted e) {
                market.putFreelancer(e.freelancer());
            } else if (event instanceof FreelancerDeleted e) {
                market.removeFreelancer(e.freelancerId());
            } else {
                throw UnprocessableEventException.notHandled(SERVICE, event);
            }
        });
    }

    @Incoming("projects")
    @Blocking
    public void onProject(ConsumerRecord<String, String> record) {
        intake.accept(Topics.PROJECTS, record, event -> {
            if (event instanceof ProjectPosted e) {
                market.putProject(e.project());
            } else if (event instanceof ProjectUpdated e) {
                market.putProject(e.project());
            } else if (!(event instanceof ProjectClosed)) {
                // A closed project keeps its data: contracts awarded on it still need their features.
                throw UnprocessableEventException.notHandled(SERVICE, event);
            }
        });
    }

    @Incoming("contracts")
    @Blocking
    public void onContract(ConsumerRecord<String, String> record) {
        intake.accept(Topics.CONTRACTS, record, event -> {
            if (event instanceof ContractAwarded e) {
                var prediction = success.predictAwarded(e.contract());
                // Awaited so the input is only acknowledged once the answer is on the topic.
                predictions.sendMessageAndAwait(messages.of(prediction));
                LOG.infof("Predicted success %.2f for project %s with freelancer %s", prediction.probability(),
                        prediction.projectId(), prediction.freelancerId());
            } else if (event instanceof ContractCompleted e) {
                success.label(e);
            } else {
                throw UnprocessableEventException.notHandled(SERVICE, event);
            }
        });
    }
}
