package ai.talent.search.index.es;

import ai.talent.domain.model.Region;
import ai.talent.search.index.FieldBoosts;
import ai.talent.search.index.Filters;
import ai.talent.search.index.LexicalQuery;
import ai.talent.search.index.ProfileFields;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Elasticsearch queries of the lexical leg and of the filters, clause for clause as the Lucene back end's. */
final class EsQueries {

    private EsQueries() {
    }

    static Query lexical(LexicalQuery query, Filters filters) {
        List<Query> should = new ArrayList<>();
        if (!query.text().isBlank()) {
            for (Map.Entry<String, Float> field : FieldBoosts.TEXT.entrySet()) {
                for (String name : new String[] {field.getKey(), field.getKey() + ".std"}) {
                    should.add(Query.of(q -> q.match(m -> m.field(name).query(query.text()).boost(field.getValue()))));
                }
            }
        }
        for (String skill : query.skillIds()) {
            should.add(Query.of(q -> q.term(t -> t.field("skill_terms").value(ProfileFields.skillToken(skill))
                    .boost(FieldBoosts.SKILL))));
        }
        if (should.isEmpty()) {
            return null;
        }
        Query text = Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")));
        return Query.of(q -> q.bool(b -> b.must(text).filter(filters(filters)).mustNot(excluded(filters))));
    }

    static Query filter(Filters filters) {
        return Query.of(q -> q.bool(b -> b.filter(filters(filters)).mustNot(excluded(filters))));
    }

    /** The kNN pre-filter: the filters, and the excluded ids as a must-not inside one bool. */
    static List<Query> knnFilter(Filters filters) {
        return filters.isEmpty() ? List.of() : List.of(filter(filters));
    }

    static List<Query> filters(Filters f) {
        List<Query> out = new ArrayList<>();
        for (String skill : f.skills()) {
            out.add(term("skills", skill));
        }
        if (!f.regions().isEmpty()) {
            List<FieldValue> regions = f.regions().stream().map(Region::name).sorted().map(FieldValue::of).toList();
            out.add(Query.of(q -> q.terms(t -> t.field("region").terms(v -> v.value(regions)))));
        }
        for (String language : f.languages()) {
            out.add(term("languages", language.toLowerCase(Locale.ROOT)));
        }
        if (f.minRate() != null || f.maxRate() != null) {
            out.add(Query.of(q -> q.range(r -> r.number(n -> {
                n.field("rate");
                if (f.minRate() != null) {
                    n.gte(f.minRate().doubleValue());
                }
                if (f.maxRate() != null) {
                    n.lte(f.maxRate().doubleValue());
                }
                return n;
            }))));
        }
        if (f.minYears() != null) {
            out.add(Query.of(q -> q.range(r -> r.number(n -> n.field("years").gte(f.minYears())))));
        }
        if (f.minAvailability() != null) {
            out.add(Query.of(q -> q.range(r -> r.number(n -> n.field("availability")
                    .gte(f.minAvailability().doubleValue())))));
        }
        if (f.minRating() != null) {
            out.add(Query.of(q -> q.range(r -> r.number(n -> n.field("rating").gte(f.minRating())))));
        }
        if (f.remoteOnly()) {
            out.add(term("remote", "true"));
        }
        return out;
    }

    private static List<Query> excluded(Filters f) {
        return f.excludeIds().stream().sorted().map(id -> term("id", id)).toList();
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
