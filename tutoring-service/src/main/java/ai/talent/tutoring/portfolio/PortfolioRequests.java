package ai.talent.tutoring.portfolio;

import ai.talent.domain.event.EventType;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.service.event.EventMessages;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Serves {@code POST /v1/portfolios}: builds the portfolio from a freelancer's work history, renders it in the
 * asked format and publishes it as {@code portfolio.generated}. Reads state and changes none: the event id is
 * derived from the request and the last event the work history took, so asking again for the same portfolio of
 * the same history publishes the same id (consumers deduplicate on it).
 */
@ApplicationScoped
public class PortfolioRequests {

    /** What a request answers: the portfolio, its rendering in the asked format, and the event published. */
    public record Answer(Portfolio portfolio, String body, String mediaType, String eventId) {
    }

    private final PortfolioBuilder builder;
    private final PortfolioRenderer renderer = new PortfolioRenderer();
    private final EventMessages messages;
    private final MutinyEmitter<String> portfolios;

    public PortfolioRequests(PortfolioConfig config, PortfolioEncoder encoder, EventMessages messages,
                             @Channel("portfolios-on-request") MutinyEmitter<String> portfolios) {
        PortfolioProse template = new TemplateProse();
        PortfolioProse prose = config.llm().url()
                .<PortfolioProse>map(url -> new LlmProse(URI.create(url), config.llm().model(), config.llm().apiKey(),
                        config.llm().timeout(), config.llm().maxTokens(), template))
                .orElse(template);
        this.builder = new PortfolioBuilder(SkillTaxonomy.standard(), config.limits(), prose, encoder);
        this.messages = messages;
        this.portfolios = portfolios;
    }

    /** Builds, renders and publishes (awaited: the answer comes once the event is on the topic). */
    public Answer answer(WorkHistoryState history, Function<String, ProjectBrief> projects,
                         PortfolioLanguage language, PortfolioFormat format, String targetRole) {
        Portfolio portfolio = builder.build(history.freelancer(), history.completed(), projects, language,
                targetRole);
        String body = switch (format) {
            case JSON -> null; // Jackson writes the record
            case MARKDOWN -> renderer.markdown(portfolio);
            case HTML -> renderer.html(portfolio);
        };
        String cause = UUID.nameUUIDFromBytes(String.join("\u0000", "portfolio-request", portfolio.freelancerId(),
                language.code(), format.name(), targetRole == null ? "" : targetRole.strip(),
                String.valueOf(history.lastEventId())).getBytes(StandardCharsets.UTF_8)).toString();
        String eventId = messages.idFor(EventType.PORTFOLIO_GENERATED, cause);
        portfolios.sendMessageAndAwait(messages.of(PortfolioBuilder.event(portfolio, eventId, Instant.now())));
        return new Answer(portfolio, body, format.mediaType(), eventId);
    }
}
