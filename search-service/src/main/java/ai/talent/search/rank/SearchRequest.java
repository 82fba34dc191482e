package ai.talent.search.rank;

import ai.talent.search.index.Filters;
import ai.talent.search.index.SortOrder;

/** A search: query text (empty = browse), hard filters, page (1-based) and size, order, and legs to fuse. */
public record SearchRequest(String query, Filters filters, int page, int size, SortOrder sort, RetrievalMode mode) {

    public SearchRequest {
        query = query == null ? "" : query;
        filters = filters == null ? Filters.none() : filters;
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        mode = mode == null ? RetrievalMode.HYBRID : mode;
    }

    public static SearchRequest of(String query, int size) {
        return new SearchRequest(query, Filters.none(), 1, size, SortOrder.RELEVANCE, RetrievalMode.HYBRID);
    }

    public SearchRequest withMode(RetrievalMode newMode) {
        return new SearchRequest(query, filters, page, size, sort, newMode);
    }
}
