package ai.talent.search.index.es;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.skill.SkillCategory;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.search.index.BrowsePage;
import ai.talent.search.index.Checkpoint;
import ai.talent.search.index.FacetBuckets;
import ai.talent.search.index.FacetCounts;
import ai.talent.search.index.Filters;
import ai.talent.search.index.IndexedFreelancer;
import ai.talent.search.index.LexicalQuery;
import ai.talent.search.index.ProfileFields;
import ai.talent.search.index.ProfileJson;
import ai.talent.search.index.ScoredFreelancer;
import ai.talent.search.index.SearchBackend;
import ai.talent.search.index.SortOrder;
import ai.talent.search.index.lucene.LuceneSettings;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.ObjectMapper;
import ai.talent.service.state.StateUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The search index on Elasticsearch: searches and writes go through an alias that names one concrete index
 * ({@code <alias>-<generation>}), so a rebuild fills a new index and swaps the alias atomically. The mapping is
 * {@code elasticsearch/freelancers.json} (core field types, analyzer {@code nori}). Writes carry the event's
 * version as an external version, so a replayed or late older state never overwrites a newer one. The
 * checkpoint lives in the concrete index's mapping {@code _meta}: the index itself is the shared state, written
 * by the one consumer group.
 */
public final class ElasticsearchBackend implements SearchBackend {

    static final String MAPPING = "elasticsearch/freelancers.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ElasticsearchClient client;
    private final String alias;
    private final int dimension;
    private final SkillTaxonomy taxonomy;
    private final String index;
    /** {@code num_candidates = k × this} ({@code talent.search.knn-candidates-factor}). */
    private final double knnCandidatesFactor;
    private volatile Checkpoint checkpoint;
    /** Which encoder made the vectors, kept in {@code _meta} beside the checkpoint (a mapping update replaces both). */
    private volatile String vectorSpace;

    /** Opens the index behind {@code alias}, creating generation 1 and the alias when there is none. */
    public ElasticsearchBackend(ElasticsearchClient client, String alias, int dimension, SkillTaxonomy taxonomy) {
        this(client, alias, dimension, taxonomy, LuceneSettings.DEFAULT_KNN_CANDIDATES_FACTOR);
    }

    /** As above, the kNN leg exploring {@code knnCandidatesFactor} candidates per result ({@code num_candidates}). */
    public ElasticsearchBackend(ElasticsearchClient client, String alias, int dimension, SkillTaxonomy taxonomy,
                                double knnCandidatesFactor) {
        this(client, alias, dimension, taxonomy, knnCandidatesFactor, null);
    }

    private ElasticsearchBackend(ElasticsearchClient client, String alias, int dimension, SkillTaxonomy taxonomy,
                                 double knnCandidatesFactor, String concrete) {
        this.client = client;
        this.knnCandidatesFactor = knnCandidatesFactor;
        this.alias = alias;
        this.dimension = dimension;
        this.taxonomy = taxonomy;
        try {
            this.index = concrete != null ? concrete : openOrCreate();
            this.checkpoint = readCheckpoint();
            this.vectorSpace = readVectorSpace();
        } catch (IOException e) {
            throw new StateUnavailableException("cannot reach Elasticsearch for index " + alias + ": " + e.getMessage(), e);
        }
    }

    /** The concrete index this back end writes to. */
    public String concreteIndex() {
        return index;
    }

    private String openOrCreate() throws IOException {
        if (client.indices().existsAlias(e -> e.name(alias)).value()) {
            return client.indices().getAlias(g -> g.name(alias)).aliases().keySet().iterator().next();
        }
        String first = alias + "-1";
        create(client, first, dimension);
        try {
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(first).alias(alias))));
        } catch (ElasticsearchException e) {
            // another replica created the alias first; use what it points at
        }
        return client.indices().getAlias(g -> g.name(alias)).aliases().keySet().iterator().next();
    }

    /** Creates a concrete index from the mapping in the repository, with the encoder's vector width. */
    static void create(ElasticsearchClient client, String name, int dimension) throws IOException {
        if (client.indices().exists(e -> e.index(name)).value()) {
            return;
        }
        String body = mapping(dimension);
        try {
            client.indices().create(c -> c.index(name).withJson(new StringReader(body)));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    @SuppressWarnings("unchecked")
    static String mapping(int dimension) throws IOException {
        try (InputStream in = ElasticsearchBackend.class.getClassLoader().getResourceAsStream(MAPPING)) {
            if (in == null) {
                throw new IOException("index mapping " + MAPPING + " is missing from the classpath");
            }
            Map<String, Object> body = JSON.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), Map.class);
            Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) body.get("mappings"))
                    .get("properties");
            ((Map<String, Object>) properties.get("vector")).put("dims", dimension);
            return JSON.writeValueAsString(body);
        }
    }

    /** A new, empty generation of this index for a rebuild; {@link #promote} makes it the live one. */
    public ElasticsearchBackend nextGeneration() {
        int generation = 1;
        int dash = index.lastIndexOf('-');
        if (dash > 0) {
            try {
                generation = Integer.parseInt(index.substring(dash + 1)) + 1;
            } catch (NumberFormatException e) {
                generation = 2;
            }
        }
        String next = alias + "-" + generation;
        try {
            create(client, next, dimension);
        } catch (IOException e) {
            throw new StateUnavailableException("cannot create index " + next + ": " + e.getMessage(), e);
        }
        return new ElasticsearchBackend(client, alias, dimension, taxonomy, knnCandidatesFactor, next);
    }

    /** Points the alias at {@code next} in one atomic alias update, then drops this generation. */
    public void promote(ElasticsearchBackend next) {
        try {
            client.indices().updateAliases(u -> u
                    .actions(a -> a.remove(r -> r.index(index).alias(alias)))
                    .actions(a -> a.add(add -> add.index(next.index).alias(alias))));
            client.indices().delete(d -> d.index(index));
        } catch (IOException e) {
            throw new StateUnavailableException("cannot swap alias " + alias + " to " + next.index + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "elasticsearch";
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public void upsert(List<IndexedFreelancer> documents) {
        if (documents.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (IndexedFreelancer d : documents) {
            if (d.vector() != null && d.vector().length != dimension) {
                throw new IllegalArgumentException("vector of " + d.id() + " has " + d.vector().length
                        + " dimensions, the index holds " + dimension);
            }
            Map<String, Object> doc = document(d);
            bulk.operations(op -> op.index(i -> i.index(index).id(d.id()).version(d.version())
                    .versionType(VersionType.ExternalGte).document(doc)));
        }
        execute(bulk);
    }

    @Override
    public void delete(String id, long version) {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        bulk.operations(op -> op.delete(d -> d.index(index).id(id).version(version)
                .versionType(VersionType.ExternalGte)));
        execute(bulk);
    }

    private void execute(BulkRequest.Builder bulk) {
        try {
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                for (BulkResponseItem item : response.items()) {
                    if (item.error() != null && isBusy(item.status())) {
                        String reason = "Elasticsearch answered " + item.status() + " to " + item.operationType()
                                + " of " + item.id() + " in " + index + ": " + item.error().reason();
                        throw new StateUnavailableException(reason, new IOException(reason));
                    }
                    // 409: the index already holds a newer version of this freelancer; 404: nothing to delete
                    if (item.error() != null && item.status() != 409 && item.status() != 404) {
                        throw new IllegalStateException("Elasticsearch refused " + item.operationType() + " of "
                                + item.id() + ": " + item.error().reason());
                    }
                }
            }
        } catch (IOException e) {
            throw new StateUnavailableException("cannot write to Elasticsearch index " + index + ": " + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            throw busyOrRethrow("cannot write to Elasticsearch index " + index, e);
        }
    }

    /**
     * Whether Elasticsearch's answer means "not now" rather than "never": 429 (too many requests, and the
     * read-only-allow-delete block it sets at the flood-stage disk watermark) and 503 (shards recovering, no master).
     * The event is fine and its write must wait, like a node that does not answer; dead-lettering it after a few
     * tries would lose it.
     */
    static boolean isBusy(int status) {
        return status == 429 || status == 503;
    }

    /** A busy answer as {@link StateUnavailableException}; any other error answer unchanged. */
    static RuntimeException busyOrRethrow(String what, ElasticsearchException e) {
        if (isBusy(e.status())) {
            String reason = what + ": Elasticsearch answered " + e.status() + " (" + e.getMessage() + ")";
            return new StateUnavailableException(reason, new IOException(reason, e));
        }
        return e;
    }

    Map<String, Object> document(IndexedFreelancer d) {
        Freelancer f = d.freelancer();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", f.id());
        doc.put("profile", ProfileJson.toMap(f));
        doc.put("name", f.displayName());
        doc.put("name_prefix", ProfileFields.namePrefixes(f));
        doc.put("headline", f.headline());
        doc.put("bio", f.bio());
        doc.put("skill_names", ProfileFields.skillNames(f, taxonomy));
        doc.put("skill_terms", ProfileFields.skillTerms(f));
        doc.put("skills", f.skills().stream().map(s -> s.skillId()).distinct().toList());
        doc.put("region", f.region().name());
        doc.put("remote", Boolean.toString(f.remoteOk()));
        doc.put("languages", f.spokenLanguages().stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
        SkillCategory category = ProfileFields.category(f, taxonomy);
        if (category != null) {
            doc.put("category", category.name());
        }
        doc.put("text_language", f.textLanguage().name());
        doc.put("rate", f.hourlyRate().amount());
        doc.put("years", (float) ProfileFields.years(f));
        doc.put("rating", (float) f.ratingAverage());
        doc.put("rating_score", (float) ProfileFields.ratingScore(f));
        doc.put("availability", f.availabilityHoursPerWeek());
        doc.put("completed", f.completedProjects());
        if (d.vector() != null) {
            doc.put("vector", d.vector());
        }
        return doc;
    }

    @Override
    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(index));
        } catch (IOException e) {
            throw new StateUnavailableException("cannot refresh " + index + ": " + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            throw busyOrRethrow("cannot refresh " + index, e);
        }
    }

    @Override
    public synchronized void commit(Checkpoint next) {
        writeMeta(next, vectorSpace);
    }

    @Override
    public Optional<String> vectorSpace() {
        return Optional.ofNullable(vectorSpace);
    }

    @Override
    public synchronized void recordVectorSpace(String fingerprint) {
        writeMeta(checkpoint, fingerprint);
    }

    private void writeMeta(Checkpoint next, String vectors) {
        try {
            Map<String, Object> offsets = new HashMap<>(next.offsets());
            Map<String, JsonData> meta = new HashMap<>();
            meta.put("checkpoint", JsonData.of(offsets));
            if (vectors != null) {
                meta.put("vectors", JsonData.of(vectors));
            }
            client.indices().putMapping(p -> p.index(index).meta(meta));
            checkpoint = next;
            vectorSpace = vectors;
        } catch (IOException e) {
            throw new StateUnavailableException("cannot store the checkpoint of " + index + ": " + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            throw busyOrRethrow("cannot store the checkpoint of " + index, e);
        }
    }

    private String readVectorSpace() throws IOException {
        var mapping = client.indices().getMapping(g -> g.index(index)).get(index);
        Map<String, JsonData> meta = mapping == null ? null : mapping.mappings().meta();
        return meta == null || !meta.containsKey("vectors") ? null : meta.get("vectors").to(String.class);
    }

    private Checkpoint readCheckpoint() throws IOException {
        var mapping = client.indices().getMapping(g -> g.index(index)).get(index);
        Map<String, JsonData> meta = mapping == null ? null : mapping.mappings().meta();
        if (meta == null || !meta.containsKey("checkpoint")) {
            return Checkpoint.empty();
        }
        Map<?, ?> raw = meta.get("checkpoint").to(Map.class);
        Map<String, Long> offsets = new HashMap<>();
        raw.forEach((k, v) -> offsets.put(k.toString(), ((Number) v).longValue()));
        return new Checkpoint(offsets);
    }

    @Override
    public Checkpoint checkpoint() {
        return checkpoint;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Optional<IndexedFreelancer> get(String id) {
        try {
            GetResponse<Map> response = client.get(g -> g.index(index).id(id), Map.class);
            if (!response.found()) {
                return Optional.empty();
            }
            return Optional.of(indexed(response.source(), response.version() == null ? 0 : response.version()));
        } catch (IOException e) {
            throw new StateUnavailableException("cannot read " + id + " from " + index + ": " + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            throw busyOrRethrow("cannot read " + id + " from " + index, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static IndexedFreelancer indexed(Map<String, Object> source, long version) {
        Freelancer f = ProfileJson.fromMap(source.get("profile"));
        float[] vector = null;
        if (source.get("vector") instanceof List<?> list) {
            vector = new float[list.size()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = ((Number) list.get(i)).floatValue();
            }
        }
        return new IndexedFreelancer(f, vector, version);
    }

    @Override
    public long count() {
        try {
            return client.count(c -> c.index(index)).count();
        } catch (IOException e) {
            throw new StateUnavailableException("cannot count " + index + ": " + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            throw busyOrRethrow("cannot count " + index, e);
        }
    }

    @Override
    public List<ScoredFreelancer> lexical(LexicalQuery query, Filters filters, int k) {
        Query q = EsQueries.lexical(query, filters);
        if (q == null) {
            return List.of();
        }
        return hits(search(s -> s.query(q).size(k).trackTotalHits(t -> t.enabled(false))));
    }

    @Override
    public List<ScoredFreelancer> knn(float[] vector, Filters filters, int k) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("query vector has " + vector.length + " dimensions, the index holds "
                    + dimension);
        }
        List<Float> v = new ArrayList<>(vector.length);
        for (float x : vector) {
            v.add(x);
        }
        List<Query> filter = EsQueries.knnFilter(filters);
        return hits(search(s -> s.knn(n -> n.field("vector").queryVector(v).k(k)
                .numCandidates((int) Math.min(10_000, Math.max(k, Math.ceil(k * knnCandidatesFactor))))
                .filter(filter)).size(k)
                .trackTotalHits(t -> t.enabled(false))));
    }

    @Override
    public BrowsePage browse(Filters filters, SortOrder sort, int from, int size) {
        Query q = EsQueries.filter(filters);
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> response = search(s -> s.query(q).from(from).size(size).sort(sort(sort))
                .trackTotalHits(t -> t.enabled(true)));
        return new BrowsePage(response.hits().total() == null ? 0 : response.hits().total().value(), hits(response));
    }

    static List<SortOptions> sort(SortOrder order) {
        var desc = co.elastic.clients.elasticsearch._types.SortOrder.Desc;
        var asc = co.elastic.clients.elasticsearch._types.SortOrder.Asc;
        List<SortOptions> out = new ArrayList<>();
        switch (order) {
            case RELEVANCE, RATING -> {
                out.add(field("rating_score", desc));
                out.add(field("completed", desc));
            }
            case RATE_ASC -> out.add(field("rate", asc));
            case RATE_DESC -> out.add(field("rate", desc));
            case YEARS -> out.add(field("years", desc));
            case AVAILABILITY -> out.add(field("availability", desc));
        }
        out.add(field("id", asc));
        return out;
    }

    private static SortOptions field(String name, co.elastic.clients.elasticsearch._types.SortOrder order) {
        return SortOptions.of(s -> s.field(f -> f.field(name).order(order)));
    }

    @Override
    public FacetCounts facets(Filters filters, int maxSkills) {
        Query q = EsQueries.filter(filters);
        List<AggregationRange> rateRanges = new ArrayList<>();
        for (int i = 0; i < FacetBuckets.RATE_KEYS.size(); i++) {
            String key = FacetBuckets.RATE_KEYS.get(i);
            Long to = FacetBuckets.rateTo(i);
            double from = FacetBuckets.rateFrom(i);
            rateRanges.add(AggregationRange.of(r -> {
                r.key(key).from(from);
                if (to != null) {
                    r.to(to.doubleValue());
                }
                return r;
            }));
        }
        List<AggregationRange> yearRanges = new ArrayList<>();
        for (int i = 0; i < FacetBuckets.YEARS_KEYS.size(); i++) {
            String key = FacetBuckets.YEARS_KEYS.get(i);
            Double to = FacetBuckets.yearsTo(i);
            double from = FacetBuckets.yearsFrom(i);
            yearRanges.add(AggregationRange.of(r -> {
                r.key(key).from(from);
                if (to != null) {
                    r.to(to);
                }
                return r;
            }));
        }
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> response = search(s -> s.query(q).size(0)
                .aggregations("skills", a -> a.terms(t -> t.field("skills").size(Math.max(1, maxSkills))
                        .shardSize(Math.max(1000, maxSkills))))
                .aggregations("regions", a -> a.terms(t -> t.field("region").size(100)))
                .aggregations("rates", a -> a.range(r -> r.field("rate").ranges(rateRanges)))
                .aggregations("years", a -> a.range(r -> r.field("years").ranges(yearRanges))));
        var aggs = response.aggregations();
        Map<String, Long> skills = terms(aggs.get("skills").sterms().buckets().array());
        Map<String, Long> regions = terms(aggs.get("regions").sterms().buckets().array());
        Map<String, Long> rates = new HashMap<>();
        aggs.get("rates").range().buckets().array().forEach(b -> rates.put(b.key(), b.docCount()));
        Map<String, Long> years = new HashMap<>();
        aggs.get("years").range().buckets().array().forEach(b -> years.put(b.key(), b.docCount()));
        return FacetCounts.of(skills, regions, rates, years, maxSkills);
    }

    private static Map<String, Long> terms(List<StringTermsBucket> buckets) {
        Map<String, Long> out = new HashMap<>();
        for (StringTermsBucket b : buckets) {
            out.put(b.key().stringValue(), b.docCount());
        }
        return out;
    }

    @Override
    public List<Freelancer> namesStartingWith(String prefix, int size) {
        String p = prefix.toLowerCase(Locale.ROOT).trim();
        if (p.isEmpty()) {
            return List.of();
        }
        return hits(search(s -> s.query(q -> q.prefix(x -> x.field("name_prefix").value(p))).size(size)
                .sort(field("id", co.elastic.clients.elasticsearch._types.SortOrder.Asc))))
                .stream().map(ScoredFreelancer::freelancer).toList();
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void forEach(Consumer<IndexedFreelancer> sink) {
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> cursor = after;
            SearchResponse<Map> page = search(s -> {
                s.query(q -> q.matchAll(m -> m)).size(500).version(true)
                        .sort(field("id", co.elastic.clients.elasticsearch._types.SortOrder.Asc));
                if (cursor != null) {
                    s.searchAfter(cursor);
                }
                return s;
            });
            List<Hit<Map>> hits = page.hits().hits();
            if (hits.isEmpty()) {
                return;
            }
            for (Hit<Map> h : hits) {
                sink.accept(indexed(h.source(), h.version() == null ? 0 : h.version()));
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    @SuppressWarnings("rawtypes")
    private SearchResponse<Map> search(
            java.util.function.Function<co.elastic.clients.elasticsearch.core.SearchRequest.Builder,
                    co.elastic.clients.util.ObjectBuilder<co.elastic.clients.elasticsearch.core.SearchRequest>> fn) {
        try {
            return client.search(s -> fn.apply(s.index(index)), Map.class);
        } catch (IOException e) {
            throw new StateUnavailableException("Elasticsearch search on " + index + " failed: " + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            throw busyOrRethrow("Elasticsearch search on " + index + " failed", e);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static List<ScoredFreelancer> hits(SearchResponse<Map> response) {
        List<ScoredFreelancer> out = new ArrayList<>();
        for (Hit<Map> h : response.hits().hits()) {
            Freelancer f = ProfileJson.fromMap(h.source().get("profile"));
            out.add(new ScoredFreelancer(f, h.score() == null ? 0 : h.score()));
        }
        return out;
    }

    /** Deletes every generation of this alias (tests and a full reset). */
    public void dropAll() {
        try {
            // Elasticsearch refuses wildcard deletes (action.destructive_requires_name): name each generation.
            List<String> generations = client.indices().get(g -> g.index(alias + "-*").allowNoIndices(true))
                    .indices().keySet().stream().toList();
            if (!generations.isEmpty()) {
                client.indices().delete(d -> d.index(generations));
            }
        } catch (IOException e) {
            throw new StateUnavailableException("cannot drop " + alias + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // the client belongs to whoever created this back end
    }
}
