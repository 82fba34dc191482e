package ai.talent.tutoring.portfolio;

/**
 * Writes a portfolio's headline and summary from its selected facts. The template writer is the default and
 * works offline; an LLM writer may be configured instead. Per-skill and per-project lines always come from the
 * template, which states the facts exactly.
 */
public interface PortfolioProse {

    /** A headline, a summary, and who wrote them ({@code template} or {@code llm:<model>}). */
    record Written(String headline, String summary, String writtenBy) {
    }

    Written write(PortfolioFacts facts);
}
