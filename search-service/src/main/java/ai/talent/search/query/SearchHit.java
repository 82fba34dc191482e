package ai.talent.search.query;

import java.util.List;

/** One freelancer found by a search, with the query terms that matched. */
public record SearchHit(String freelancerId, String displayName, String headline, double score,
                        List<String> matchedTerms) {
}
