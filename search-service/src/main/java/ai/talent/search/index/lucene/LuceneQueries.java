package ai.talent.search.index.lucene;

import ai.talent.domain.model.Region;
import ai.talent.search.index.FieldBoosts;
import ai.talent.search.index.Filters;
import ai.talent.search.index.LexicalQuery;
import ai.talent.search.index.ProfileFields;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.FloatField;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/** Builds the Lucene queries of the lexical leg and of the filters, as Elasticsearch's bool/match would. */
final class LuceneQueries {

    private final QueryBuilder builder;

    LuceneQueries(Analyzer analyzer) {
        this.builder = new QueryBuilder(analyzer);
    }

    /** Text and skills as SHOULD clauses (at least one must match), filters as FILTER clauses. */
    Query lexical(LexicalQuery query, Filters filters) {
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        int clauses = 0;
        if (!query.text().isBlank()) {
            for (Map.Entry<String, Float> field : FieldBoosts.TEXT.entrySet()) {
                for (String name : new String[] {field.getKey(), field.getKey() + LuceneFields.STD}) {
                    Query match = builder.createBooleanQuery(name, query.text());
                    if (match != null) {
                        should.add(new BoostQuery(match, field.getValue()), Occur.SHOULD);
                        clauses++;
                    }
                }
            }
        }
        for (String skill : query.skillIds()) {
            should.add(new BoostQuery(new TermQuery(new Term(LuceneFields.SKILL_TERMS, ProfileFields.skillToken(skill))),
                    FieldBoosts.SKILL), Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return null;
        }
        should.setMinimumNumberShouldMatch(1);
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(should.build(), Occur.MUST);
        addFilters(all, filters);
        return all.build();
    }

    /** The filters alone (every document when there are none). */
    Query filter(Filters filters) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER);
        addFilters(all, filters);
        return all.build();
    }

    /** The filters for the kNN leg's pre-filter, or null without filters (HNSW search runs unfiltered). */
    Query knnFilter(Filters filters) {
        return filters.isEmpty() ? null : filter(filters);
    }

    private static void addFilters(BooleanQuery.Builder q, Filters f) {
        for (String skill : f.skills()) {
            q.add(new TermQuery(new Term(LuceneFields.SKILLS, skill)), Occur.FILTER);
        }
        if (!f.regions().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (Region r : f.regions()) {
                any.add(new TermQuery(new Term(LuceneFields.REGION, r.name())), Occur.SHOULD);
            }
            q.add(any.build(), Occur.FILTER);
        }
        for (String language : f.languages()) {
            q.add(new TermQuery(new Term(LuceneFields.LANGUAGES, language.toLowerCase(Locale.ROOT))), Occur.FILTER);
        }
        if (f.minRate() != null || f.maxRate() != null) {
            q.add(LongField.newRangeQuery(LuceneFields.RATE, f.minRate() == null ? Long.MIN_VALUE : f.minRate(),
                    f.maxRate() == null ? Long.MAX_VALUE : f.maxRate()), Occur.FILTER);
        }
        if (f.minYears() != null) {
            q.add(FloatField.newRangeQuery(LuceneFields.YEARS, f.minYears().floatValue(), Float.POSITIVE_INFINITY),
                    Occur.FILTER);
        }
        if (f.minAvailability() != null) {
            q.add(IntField.newRangeQuery(LuceneFields.AVAILABILITY, f.minAvailability(), Integer.MAX_VALUE),
                    Occur.FILTER);
        }
        if (f.minRating() != null) {
            q.add(FloatField.newRangeQuery(LuceneFields.RATING, f.minRating().floatValue(), Float.POSITIVE_INFINITY),
                    Occur.FILTER);
        }
        if (f.remoteOnly()) {
            q.add(new TermQuery(new Term(LuceneFields.REMOTE, "true")), Occur.FILTER);
        }
        for (String id : f.excludeIds()) {
            q.add(new TermQuery(new Term(LuceneFields.ID, id)), Occur.MUST_NOT);
        }
    }
}
