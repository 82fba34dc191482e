package ai.talent.search.rest;

import ai.talent.search.query.SearchHit;
import java.util.List;

/** The answer to a search: the query as understood (its terms), how many were searched, and the hits. */
public record SearchResponse(String query, List<String> terms, int searched, List<SearchHit> hits) {
}
