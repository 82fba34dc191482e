package ai.talent.sim;

import ai.talent.domain.skill.SkillCategory;
import java.util.List;

/**
 * A client's hidden facts, as written to clients.jsonl: quality (0–1: clear briefs, fair reviews, pays on time),
 * the category most of its projects are in, and its side of the hidden client–freelancer compatibility.
 */
public record ClientTruth(double quality, SkillCategory mainCategory, List<Double> compatibility) {

    public ClientTruth {
        compatibility = List.copyOf(compatibility);
    }
}
