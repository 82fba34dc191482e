package ai.talent.sim.text;

import ai.talent.domain.model.Language;

/**
 * A generated marketplace text. For a freelancer: title = headline, body = bio; for a project: title and
 * description; for a recruiter query: title = the query, body = "".
 */
public record GeneratedText(String title, String body, Language language) {
}
