package ai.talent.search.rank;

import ai.talent.search.index.FacetCounts;
import ai.talent.search.query.QueryIntent;
import java.util.List;

/**
 * The answer to a search: the intent as understood (the page shows it as chips), how many results in total, the
 * requested page of hits, facet counts over all results, and how the legs were fused.
 */
public record SearchResult(QueryIntent intent, long total, int page, int size, String sort, String mode,
                           List<SearchHit> hits, FacetCounts facets, Fusion fusion, String backend) {

    /** The weights used for this query and how readable it was to the dense encoder. */
    public record Fusion(String shape, double bm25Weight, double denseWeight, double fitWeight, double readability,
                         String encoder) {
    }
}
