package ai.talent.sim;

import ai.talent.domain.model.Language;

/** A simulated recruiter query: its text as typed, the text's language, and the structured intent. */
public record SimQuery(String id, String text, Language language, QuerySpec intent) {
}
