package ai.talent.tutoring.portfolio;

import java.util.List;

/**
 * A freelancer's portfolio as {@code POST /v1/portfolios} answers it (the JSON format; markdown and HTML render
 * the same record). Built only from the profile and the completed contracts, so the same state and request give
 * the same portfolio, byte for byte.
 *
 * @param about        the freelancer's own words (profile headline and bio), quoted as they wrote them
 * @param profileOnly  true when no contract has completed yet: everything comes from the profile
 * @param trackRecord  null when {@code profileOnly}
 * @param writtenBy    {@code template}, or {@code llm:<model>} when the configured LLM wrote headline and summary
 */
public record Portfolio(String freelancerId, PortfolioLanguage language, String targetRole, String displayName,
                        String headline, String summary, String about, boolean profileOnly, TrackRecord trackRecord,
                        List<SkillEvidence> skills, List<CaseStudy> caseStudies, List<FeedbackExcerpt> feedback,
                        String writtenBy) {

    public Portfolio {
        skills = List.copyOf(skills);
        caseStudies = List.copyOf(caseStudies);
        feedback = List.copyOf(feedback);
    }

    /** Counts over every completed contract; the rating is rounded to one decimal. */
    public record TrackRecord(int completed, int successful, int onTime, double averageRating) {
    }

    /** A project a statement rests on. */
    public record ProjectRef(String contractId, String projectId, String title) {
    }

    /**
     * A top skill and the completed projects that show it. {@code level} and {@code years} are the profile's
     * (null for a skill shown in projects but not declared); {@code text} says it in the portfolio's language.
     */
    public record SkillEvidence(String skillId, String name, Integer level, Double years, List<ProjectRef> evidence,
                                String text) {

        public SkillEvidence {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * A selected project. {@code relevance} is the cosine similarity of the project to the target role (null
     * without a target role), {@code skills} the project's skills by name.
     */
    public record CaseStudy(String contractId, String projectId, String title, String outcome, int clientRating,
                            Double relevance, List<String> skills, String text) {

        public CaseStudy {
            skills = List.copyOf(skills);
        }
    }

    /** An excerpt of a client's written feedback, with the project and rating it came with. */
    public record FeedbackExcerpt(String contractId, String projectTitle, int clientRating, String excerpt) {
    }
}
