package ai.talent.tutoring.portfolio;

import ai.talent.domain.event.ContractCompleted;
import ai.talent.domain.model.Freelancer;
import java.util.List;

/**
 * What a portfolio will say, selected by {@link PortfolioComposer} before any prose is written: the writers (the
 * template, or an LLM) only phrase these facts, they never add any.
 *
 * @param track null when no contract has completed
 */
public record PortfolioFacts(Freelancer profile, PortfolioLanguage language, String targetRole,
                             List<SkillFact> skills, List<CaseFact> caseStudies,
                             List<Portfolio.FeedbackExcerpt> feedback, Portfolio.TrackRecord track) {

    public PortfolioFacts {
        skills = List.copyOf(skills);
        caseStudies = List.copyOf(caseStudies);
        feedback = List.copyOf(feedback);
    }

    public boolean profileOnly() {
        return track == null;
    }

    /** A top skill: the profile's level and years (null when only projects show it) and the projects showing it. */
    public record SkillFact(String skillId, String name, Integer level, Double years,
                            List<Portfolio.ProjectRef> evidence) {

        public SkillFact {
            evidence = List.copyOf(evidence);
        }
    }

    /** A selected project, with its title and skill names in the portfolio's language. */
    public record CaseFact(ContractCompleted contract, String title, List<String> skillNames, Double relevance) {

        public CaseFact {
            skillNames = List.copyOf(skillNames);
        }
    }
}
