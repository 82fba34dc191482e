package ai.talent.tutoring.consumer;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.ContractEvent;
import ai.talent.domain.event.EventType;
import ai.talent.domain.event.FreelancerDeleted;
import ai.talent.domain.event.FreelancerEvent;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.LearningAttempted;
import ai.talent.domain.event.Topics;
import ai.talent.service.event.EventIntake;
import ai.talent.service.event.EventMessages;
import ai.talent.tutoring.learning.LearningService;
import ai.talent.tutoring.portfolio.PortfolioService;
import ai.talent.tutoring.portfolio.WorkHistory;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Where events enter tutoring: every attempt updates the learner's path ({@code learning-path.updated}); every
 * completed contract, and every profile change of a freelancer who has a portfolio, regenerates the portfolio
 * ({@code portfolio.generated}). Each output's id derives from the input's, so a redelivered input is answered
 * with the same id. A record that fails here is nacked and lands in its topic's .dlq.
 */
@ApplicationScoped
public class TutoringEventConsumer {

    private final EventIntake intake;
    private final EventMessages messages;
    private final WorkHistory history;
    private final PortfolioService portfolios;
    private final LearningService learning;
    private final MutinyEmitter<String> portfolioOut;
    private final MutinyEmitter<String> learningPathOut;

    public TutoringEventConsumer(EventIntake intake, EventMessages messages, WorkHistory history,
                                 PortfolioService portfolios, LearningService learning,
                                 @Channel("portfolios") MutinyEmitter<String> portfolioOut,
                                 @Channel("learning-paths") MutinyEmitter<String> learningPathOut) {
        this.intake = intake;
        this.messages = messages;
        this.history = history;
        this.portfolios = portfolios;
        this.learning = learning;
        this.portfolioOut = portfolioOut;
        this.learningPathOut = learningPathOut;
    }

    @Incoming("freelancers")
    @Blocking
    public void onFreelancer(ConsumerRecord<String, String> record) {
        intake.accept(Topics.FREELANCERS, record, FreelancerEvent.class, event -> {
            switch (event) {
                case FreelancerUpserted e -> {
                    history.putFreelancer(e.freelancer());
                    // A portfolio shows the profile: keep it current, also when the profile arrives after the work.
                    if (history.portfolio(e.freelancer().id()).isPresent()) {
                        portfolioOut.sendMessageAndAwait(messages.of(portfolios.regenerate(e.freelancer().id(),
                                messages.idFor(EventType.PORTFOLIO_GENERATED, e))));
                    }
                }
                case FreelancerDeleted e -> history.removeFreelancer(e.freelancerId());
            }
        });
    }

    @Incoming("contracts")
    @Blocking
    public void onContract(ConsumerRecord<String, String> record) {
        intake.accept(Topics.CONTRACTS, record, ContractEvent.class, event -> {
            switch (event) {
                case ContractAwarded e -> history.addAwarded(e.contract());
                case ContractCompleted e -> {
                    history.addCompleted(e);
                    // Awaited so the input is only acknowledged once the portfolio is on the topic.
                    portfolioOut.sendMessageAndAwait(messages.of(portfolios.regenerate(e.freelancerId(),
                            messages.idFor(EventType.PORTFOLIO_GENERATED, e))));
                }
            }
        });
    }

    @Incoming("learning-events")
    @Blocking
    public void onLearning(ConsumerRecord<String, String> record) {
        intake.accept(Topics.LEARNING_EVENTS, record, LearningAttempted.class, e ->
                learningPathOut.sendMessageAndAwait(messages.of(learning.record(e.attempt(),
                        messages.idFor(EventType.LEARNING_PATH_UPDATED, e)))));
    }
}
