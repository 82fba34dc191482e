package ai.talent.tutoring.portfolio;

import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.event.PortfolioGenerated;
import ai.talent.domain.event.PortfolioSection;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.skill.SkillTaxonomy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A portfolio from a profile and completed contracts: {@link PortfolioComposer} selects, a {@link PortfolioProse}
 * writes headline and summary, the template states each skill and case study. No state, no I/O besides the
 * encoder (and the LLM writer when configured).
 */
public final class PortfolioBuilder {

    private final PortfolioComposer composer;
    private final PortfolioProse prose;
    private final TextVectors vectors;

    public PortfolioBuilder(SkillTaxonomy taxonomy, PortfolioComposer.Limits limits, PortfolioProse prose,
                            TextVectors vectors) {
        this.composer = new PortfolioComposer(taxonomy, limits);
        this.prose = prose;
        this.vectors = vectors;
    }

    public Portfolio build(Freelancer profile, List<ContractCompleted> completed,
                           Function<String, ProjectBrief> projects, PortfolioLanguage language, String targetRole) {
        PortfolioFacts facts = composer.compose(profile, completed, projects, language, targetRole, vectors);
        PortfolioProse.Written written = prose.write(facts);
        List<Portfolio.SkillEvidence> skills = facts.skills().stream()
                .map(k -> new Portfolio.SkillEvidence(k.skillId(), k.name(), k.level(), k.years(), k.evidence(),
                        TemplateProse.skillLine(k, language)))
                .toList();
        List<Portfolio.CaseStudy> cases = facts.caseStudies().stream()
                .map(c -> new Portfolio.CaseStudy(c.contract().contractId(), c.contract().projectId(), c.title(),
                        c.contract().outcome().name(), c.contract().clientRating(), c.relevance(), c.skillNames(),
                        TemplateProse.caseLine(c, language)))
                .toList();
        String about = profile.bio().isBlank() ? profile.headline() : profile.headline() + "\n" + profile.bio();
        return new Portfolio(profile.id(), language, facts.targetRole(), profile.displayName(), written.headline(),
                written.summary(), about.strip(), facts.profileOnly(), facts.track(), skills, cases, facts.feedback(),
                written.writtenBy());
    }

    /** The portfolio as the {@code portfolio.generated} contract carries it: one section per part. */
    public static PortfolioGenerated event(Portfolio p, String eventId, Instant at) {
        PortfolioRenderer.Titles t = PortfolioRenderer.Titles.of(p.language());
        boolean ko = p.language() == PortfolioLanguage.KO;
        List<PortfolioSection> sections = new ArrayList<>();
        sections.add(new PortfolioSection(ko ? "소개" : "Summary", p.headline() + "\n" + p.summary(), List.of()));
        if (!p.skills().isEmpty()) {
            sections.add(new PortfolioSection(t.skills(), String.join("\n", p.skills().stream()
                    .map(s -> s.name() + ": " + s.text()).toList()),
                    p.skills().stream().flatMap(s -> s.evidence().stream()).map(Portfolio.ProjectRef::contractId)
                            .distinct().sorted().toList()));
        }
        if (!p.caseStudies().isEmpty()) {
            sections.add(new PortfolioSection(t.caseStudies(), String.join("\n", p.caseStudies().stream()
                    .map(c -> c.title() + ": " + c.text()).toList()),
                    p.caseStudies().stream().map(Portfolio.CaseStudy::contractId).toList()));
        }
        if (!p.feedback().isEmpty()) {
            sections.add(new PortfolioSection(t.feedback(), String.join("\n", p.feedback().stream()
                    .map(f -> "“" + f.excerpt() + "” — " + f.projectTitle()).toList()),
                    p.feedback().stream().map(Portfolio.FeedbackExcerpt::contractId).toList()));
        }
        return new PortfolioGenerated(eventId, at, p.freelancerId(), p.language().language(), sections);
    }
}
