package ai.talent.tutoring.portfolio;

import ai.talent.domain.event.ContractAwarded;
import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.DomainEvent;
import ai.talent.domain.event.EventType;
import ai.talent.domain.event.FreelancerDeleted;
import ai.talent.domain.event.FreelancerUpserted;
import ai.talent.domain.event.PortfolioGenerated;
import ai.talent.domain.model.Language;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.service.event.EventMessages;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps freelancers' work histories and their portfolios current: every completed contract regenerates the
 * freelancer's portfolio, and so does every profile change of a freelancer who has one. Applied per freelancer
 * by the keyed-state topology, which publishes each regenerated portfolio.
 */
@ApplicationScoped
public class PortfolioService {

    private final PortfolioWriter writer = new PortfolioWriter(SkillTaxonomy.standard());
    private final EventMessages messages;

    public PortfolioService(EventMessages messages) {
        this.messages = messages;
    }

    /**
     * The freelancer's work history after one more event; null when the freelancer left (their work and
     * portfolio are forgotten).
     */
    public WorkHistoryState apply(WorkHistoryState history, DomainEvent event) {
        return switch (event) {
            case FreelancerUpserted e -> {
                WorkHistoryState updated = history.withFreelancer(e.freelancer(), e.eventId());
                // A portfolio shows the profile: keep it current, also when the profile arrives after the work.
                yield history.portfolio() == null ? updated : regenerate(updated, e.freelancer().id());
            }
            case FreelancerDeleted e -> null;
            case ContractCompleted e -> regenerate(history.withCompleted(e), e.freelancerId());
            case ContractAwarded e -> history.withEvent(e.eventId());
            default -> history;
        };
    }

    /** The portfolio the last event generated, if it generated one. */
    public Optional<PortfolioGenerated> generatedByLastEvent(WorkHistoryState history) {
        if (history == null || history.portfolio() == null || history.lastEventId() == null) {
            return Optional.empty();
        }
        String expected = messages.idFor(EventType.PORTFOLIO_GENERATED, history.lastEventId());
        return expected.equals(history.portfolio().eventId()) ? Optional.of(history.portfolio()) : Optional.empty();
    }

    private WorkHistoryState regenerate(WorkHistoryState history, String freelancerId) {
        var freelancer = Optional.ofNullable(history.freelancer());
        Language language = PortfolioWriter.languageFor(freelancer);
        return history.withPortfolio(new PortfolioGenerated(
                messages.idFor(EventType.PORTFOLIO_GENERATED, history.lastEventId()), Instant.now(),
                freelancerId, language, writer.write(freelancer, history.completed(), language)));
    }
}
