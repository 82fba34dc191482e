package ai.talent.search.rank;

import ai.talent.search.index.FacetCounts;
import ai.talent.search.query.QueryIntent;
import java.util.List;

/**
 * The answer to a search: the intent as understood (the page shows it as chips), how many results in total, the
 * requested page of hits, facet counts over all results, and how the legs were fused.
 */
public record SearchResult(QueryIntent intent, long total, int page, int size, String sort, String mode,
                           List<SearchHit> hits, FacetCounts facets, Fusion fusion, String backend,
                           java.util.Map<String, SkillName> skillNames) {

    /** English and Korean name of a skill id shown in the facets. */
    public record SkillName(String name, String nameKo) {
    }

    /** The same result with display names for its facet skills. */
    public SearchResult withSkillNames(java.util.Map<String, SkillName> names) {
        return new SearchResult(intent, total, page, size, sort, mode, hits, facets, fusion, backend, names);
    }

    /** The weights used for this query and how readable it was to the dense encoder. */
    public record Fusion(String shape, double bm25Weight, double denseWeight, double fitWeight, double readability,
                         String encoder) {
    }
}
