package ai.talent.matching.consumer;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.ContractEvent;
import ai.talent.domain.event.EventType;
import ai.talent.domain.event.FreelancerDeleted;
import ai.talent.domain.event.FreelancerEvent;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.MatchRecommended;
import ai.talent.domain.event.ProjectClosed;
import ai.talent.domain.event.ProjectEvent;
import ai.talent.domain.event.ProjectPosted;
import ai.talent.domain.event.ProjectUpdated;
import ai.talent.domain.event.SuccessPredicted;
import ai.talent.domain.event.Topics;
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
 * Where marketplace events enter matching as a consumer group (each record once for all replicas): every posted
 * project is answered with a {@code match.recommended} event whose id derives from the posting's, so a
 * redelivered posting is answered with the same id; a record that cannot be decoded or processed is nacked and
 * lands in its topic's .dlq. What matching knows is kept elsewhere: freelancers and projects in its catalogs
 * (read whole by every replica), hires and predictions in its keyed state (Kafka Streams).
 */
@ApplicationScoped
public class MarketEventConsumer {

    private static final Logger LOG = Logger.getLogger(MarketEventConsumer.class);

    private final EventIntake intake;
    private final EventMessages messages;
    private final MatchingService matching;
    private final MutinyEmitter<String> recommendations;

    public MarketEventConsumer(EventIntake intake, EventMessages messages, MatchingService matching,
                               @Channel("match-recommendations") MutinyEmitter<String> recommendations) {
        this.intake = intake;
        this.messages = messages;
        this.matching = matching;
        this.recommendations = recommendations;
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

    /** Answers posted projects; the projects catalog applies every project event. */
    @Incoming("projects")
    @Blocking
    public void onProject(ConsumerRecord<String, String> record) {
        intake.accept(Topics.PROJECTS, record, ProjectEvent.class, event -> {
            switch (event) {
                case ProjectPosted e -> {
                    var recommendation = matching.recommend(e.project(),
                            messages.idFor(EventType.MATCH_RECOMMENDED, e));
                    // Awaited so the input is only acknowledged once the answer is on the topic.
                    recommendations.sendMessageAndAwait(messages.of(recommendation));
                    LOG.infof("Recommended %d freelancers for project %s", recommendation.recommendations().size(),
                            e.project().id());
                }
                case ProjectUpdated e -> { }
                case ProjectClosed e -> { }
            }
        });
    }

    /** Checks contract events; the keyed state keeps the hires. */
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

    /**
     * Checks the service's own recommendations as they come back from their topic, so that a malformed one is
     * dead-lettered (once, by the consumer group); the exposure window's catalog folds the valid ones on every
     * replica.
     */
    @Incoming("own-recommendations")
    @Blocking
    public void onRecommendation(ConsumerRecord<String, String> record) {
        intake.accept(Topics.MATCH_RECOMMENDATIONS, record, MatchRecommended.class, e -> { });
    }

    /** Checks success predictions; the keyed state keeps them. */
    @Incoming("success-predictions")
    @Blocking
    public void onSuccessPrediction(ConsumerRecord<String, String> record) {
        intake.accept(Topics.SUCCESS_PREDICTIONS, record, SuccessPredicted.class, e -> { });
    }
}
