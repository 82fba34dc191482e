package ai.talent.matching.consumer;

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
import ai.talent.domain.event.SuccessPredicted;
import ai.talent.domain.event.Topics;
import ai.talent.domain.model.ProjectStatus;
import ai.talent.matching.market.Hire;
import ai.talent.matching.market.MarketRepository;
import ai.talent.matching.market.PredictedSuccess;
import ai.talent.matching.scoring.MatchingService;
import ai.talent.service.event.EventIntake;
import ai.talent.service.event.EventMessages;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Where marketplace events enter matching: keeps the market up to date and answers every posted project with
 * a {@code match.recommended} event whose id derives from the posting's, so a redelivered posting is answered
 * with the same id. A record that fails here is nacked and lands in its topic's .dlq.
 */
@ApplicationScoped
public class MarketEventConsumer {

    private static final Logger LOG = Logger.getLogger(MarketEventConsumer.class);

    private final EventIntake intake;
    private final EventMessages messages;
    private final MarketRepository market;
    private final MatchingService matching;
    private final MutinyEmitter<String> recommendations;

    public MarketEventConsumer(EventIntake intake, EventMessages messages, MarketRepository market,
                               MatchingService matching,
                               @Channel("match-recommendations") MutinyEmitter<String> recommendations) {
        this.intake = intake;
        this.messages = messages;
        this.market = market;
        this.matching = matching;
        this.recommendations = recommendations;
    }

    @Incoming("freelancers")
    @Blocking
    public void onFreelancer(ConsumerRecord<String, String> record) {
        intake.accept(Topics.FREELANCERS, record, FreelancerEvent.class, event -> {
            switch (event) {
                case FreelancerUpserted e -> market.putFreelancer(e.freelancer());
                case FreelancerDeleted e -> market.removeFreelancer(e.freelancerId());
            }
        });
    }

    @Incoming("projects")
    @Blocking
    public void onProject(ConsumerRecord<String, String> record) {
        intake.accept(Topics.PROJECTS, record, ProjectEvent.class, event -> {
            switch (event) {
                case ProjectPosted e -> {
                    market.putProject(e.project());
                    var recommendation = matching.recommend(e.project(),
                            messages.idFor(EventType.MATCH_RECOMMENDED, e));
                    // Awaited so the input is only acknowledged once the answer is on the topic.
                    recommendations.sendMessageAndAwait(messages.of(recommendation));
                    LOG.infof("Recommended %d freelancers for project %s", recommendation.recommendations().size(),
                            e.project().id());
                }
                case ProjectUpdated e -> market.putProject(e.project());
                case ProjectClosed e -> market.closeProject(e.projectId(), switch (e.reason()) {
                    case AWARDED -> ProjectStatus.IN_PROGRESS;
                    case CANCELLED, EXPIRED -> ProjectStatus.CANCELLED;
                });
            }
        });
    }

    @Incoming("contracts")
    @Blocking
    public void onContract(ConsumerRecord<String, String> record) {
        intake.accept(Topics.CONTRACTS, record, ContractEvent.class, event -> {
            switch (event) {
                case ContractAwarded e -> {
                    var c = e.contract();
                    market.addHire(new Hire(c.id(), c.projectId(), c.freelancerId(), c.agreedRate().amount(),
                            c.awardedAt(), null, null));
                }
                case ContractCompleted e ->
                        market.completeHire(e.contractId(), e.projectId(), e.freelancerId(), e.outcome(),
                                e.clientRating());
            }
        });
    }

    @Incoming("success-predictions")
    @Blocking
    public void onSuccessPrediction(ConsumerRecord<String, String> record) {
        intake.accept(Topics.SUCCESS_PREDICTIONS, record, SuccessPredicted.class, e ->
                market.putPrediction(new PredictedSuccess(e.projectId(), e.freelancerId(), e.probability(),
                        e.modelVersion())));
    }
}
