package ai.talent.sim;

import ai.talent.domain.model.Language;

/**
 * A simulated recruiter query as a search box receives it: its text and the text's language. What the
 * recruiter meant (the structured intent) is truth, in {@link QueryTruth}.
 */
public record SimQuery(String id, String text, Language language) {
}
