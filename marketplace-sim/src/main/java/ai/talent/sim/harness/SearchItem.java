package ai.talent.sim.harness;

import ai.talent.domain.model.Language;

/** A recruiter query as the search box receives it. {@code id} is unique across seeds. */
public record SearchItem(String id, String text, Language language) {
}
