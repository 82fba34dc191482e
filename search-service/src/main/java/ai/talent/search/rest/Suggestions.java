package ai.talent.search.rest;

import java.util.List;

/** Completions for what a recruiter has typed so far: skills (taxonomy) and freelancers by name. */
public record Suggestions(String prefix, List<SkillSuggestion> skills, List<NameSuggestion> names) {

    /** A skill with its names and how many indexed freelancers declare it. */
    public record SkillSuggestion(String id, String name, String nameKo, long freelancers) {
    }

    public record NameSuggestion(String freelancerId, String displayName, String headline) {
    }
}
