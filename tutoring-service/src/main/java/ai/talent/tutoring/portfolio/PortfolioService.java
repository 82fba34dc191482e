package ai.talent.tutoring.portfolio;

import ai.talent.domain.event.PortfolioGenerated;
import ai.talent.domain.model.Language;
import ai.talent.domain.skill.SkillTaxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Regenerates a freelancer's portfolio from their work history and keeps the latest one. */
@ApplicationScoped
public class PortfolioService {

    private final WorkHistory history;
    private final PortfolioWriter writer = new PortfolioWriter(SkillTaxonomy.standard());

    public PortfolioService(WorkHistory history) {
        this.history = history;
    }

    /** Writes the freelancer's portfolio anew from what is known now, as the event {@code eventId}. */
    public PortfolioGenerated regenerate(String freelancerId, String eventId) {
        var freelancer = history.freelancer(freelancerId);
        Language language = PortfolioWriter.languageFor(freelancer);
        var portfolio = new PortfolioGenerated(eventId, Instant.now(), freelancerId, language,
                writer.write(freelancer, history.completed(freelancerId), language));
        history.putPortfolio(portfolio);
        return portfolio;
    }
}
