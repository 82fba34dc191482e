package ai.talent.matching.retrieval;

import ai.talent.domain.event.EventCodec;
import ai.talent.matching.text.TextVectors;
import ai.talent.service.state.catalog.CatalogCheckpoint;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The vector index on Elasticsearch (when configured): the same documents as {@link LuceneVectorIndex} — the
 * entity's JSON, its tower vector as a {@code dense_vector} (HNSW, dot product of unit vectors), skill and level
 * terms as keywords, the filter fields — and the same contract. Only core field types are used (no scripts), so the
 * node needs no plugins. The checkpoint and the encoder's fingerprint live in the index mapping's {@code _meta}:
 * the index is the shared state of all replicas, written by one consumer group.
 */
public final class ElasticsearchVectorIndex<T extends Record> implements VectorIndex<T> {

    private static final String DELETED = "";
    private static final int PAGE = 1000;
    private static final String ENCODER = "encoder";
    private static final String CHECKPOINT = "checkpoint";
    /** The entity's text signals as the ranker reads them (stored in the source only). */
    private static final String SIGNALS = "signals";

    private final ElasticsearchClient client;
    private final String index;
    private final IndexedKind<T> kind;
    private final TextVectors encoder;
    private final IndexSettings settings;
    private final EventCodec codec = new EventCodec();
    private final Map<String, String> unpublished = new ConcurrentHashMap<>();
    private volatile CatalogCheckpoint committed;

    /** Opens {@code index}, creating it with the mapping when it does not exist. */
    public ElasticsearchVectorIndex(ElasticsearchClient client, String index, IndexedKind<T> kind,
                                    TextVectors encoder, IndexSettings settings) {
        this.client = client;
        this.index = index;
        this.kind = kind;
        this.encoder = encoder;
        this.settings = settings;
        try {
            if (!client.indices().exists(e -> e.index(index)).value()) {
                client.indices().create(c -> c.index(index).withJson(new StringReader(mapping(encoder.dimension(),
                        settings))));
            } else {
                // an index created before documents carried their text signals: add the field (its mapping is
                // strict); documents written before have none and are read from their texts
                client.indices().putMapping(m -> m.index(index).properties(SIGNALS,
                        p -> p.keyword(k -> k.index(false).docValues(false))));
            }
            this.committed = readCheckpoint();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the Elasticsearch index " + index, e);
        }
        reembedIfStale();
    }

    /** Vectors of another encoder are worthless here: every stored entity is embedded again (as Lucene does). */
    private void reembedIfStale() {
        Optional<String> previous = committedEncoder();
        if (previous.isEmpty() || previous.get().equals(encoder.fingerprint()) || count() == 0) {
            return;
        }
        forEach((id, json) -> {
            unpublished.put(id, json);
            if (unpublished.size() >= settings.embedBatch()) {
                publish();
            }
        });
        commit(committed);
    }

    /** Deletes the index (tests, a rebuild from scratch). */
    public void drop() {
        try {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the Elasticsearch index " + index, e);
        }
    }

    /**
     * The index's settings and mapping. Elasticsearch 9 leaves dense vectors out of {@code _source} unless told
     * otherwise; the index reads its vectors back (MMR, exact search, similarity of skill-leg hits), so it keeps them.
     */
    static String mapping(int dimension, IndexSettings settings) {
        return """
                {"settings": {"number_of_shards": 1, "number_of_replicas": 0, "refresh_interval": "-1",
                              "index.mapping.exclude_source_vectors": false},
                 "mappings": {"dynamic": "strict", "_meta": {},
                   "properties": {
                     "id": {"type": "keyword"},
                     "json": {"type": "keyword", "index": false, "doc_values": false},
                     "signals": {"type": "keyword", "index": false, "doc_values": false},
                     "vector": {"type": "dense_vector", "dims": %d, "index": true, "similarity": "dot_product",
                                "index_options": {"type": "hnsw", "m": %d, "ef_construction": %d}},
                     "skill": {"type": "keyword"},
                     "skill_level": {"type": "keyword"},
                     "region": {"type": "keyword"},
                     "remote": {"type": "boolean"},
                     "open": {"type": "boolean"},
                     "hourly": {"type": "long"},
                     "hours": {"type": "integer"}}}}
                """.formatted(dimension, settings.hnswM(), settings.hnswBeamWidth());
    }

    @Override
    public String backend() {
        return "elasticsearch";
    }

    @Override
    public IndexedKind<T> kind() {
        return kind;
    }

    // ------------------------------------------------------------------ writes

    @Override
    public void upsert(String id, String json) {
        unpublished.put(id, json);
    }

    @Override
    public void upsertEmbedded(List<T> entities, float[][] vectors) {
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
        for (int i = 0; i < entities.size(); i++) {
            T entity = entities.get(i);
            Map<String, Object> doc = document(entity, codec.encodeValue(entity), vectors[i]);
            bulk.operations(o -> o.index(x -> x.index(index).id(kind.id(entity)).document(doc)));
        }
        if (!entities.isEmpty()) {
            execute(bulk.build());
        }
        entities.forEach(e -> unpublished.remove(kind.id(e)));
    }

    @Override
    public void delete(String id) {
        unpublished.put(id, DELETED);
    }

    @Override
    public void deleteAll() {
        try {
            client.deleteByQuery(d -> d.index(index).query(q -> q.matchAll(m -> m)).refresh(true));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the Elasticsearch index " + index, e);
        }
        unpublished.clear();
    }

    @Override
    public void publish() {
        if (unpublished.isEmpty()) {
            return;
        }
        Map<String, String> batch = new LinkedHashMap<>(unpublished);
        List<T> entities = new ArrayList<>();
        List<String> jsons = new ArrayList<>();
        BulkRequest.Builder deletes = new BulkRequest.Builder();
        boolean anyDelete = false;
        for (Map.Entry<String, String> e : batch.entrySet()) {
            if (e.getValue().equals(DELETED)) {
                deletes.operations(o -> o.delete(d -> d.index(index).id(e.getKey())));
                anyDelete = true;
            } else {
                entities.add(codec.decodeValue(e.getValue(), kind.type()));
                jsons.add(e.getValue());
            }
        }
        if (anyDelete) {
            execute(deletes.build());
        }
        for (int start = 0; start < entities.size(); start += settings.embedBatch()) {
            int end = Math.min(entities.size(), start + settings.embedBatch());
            List<String> texts = new ArrayList<>(end - start);
            for (int i = start; i < end; i++) {
                texts.add(kind.text(entities.get(i)));
            }
            float[][] vectors = encoder.embed(texts);
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (int i = start; i < end; i++) {
                Map<String, Object> doc = document(entities.get(i), jsons.get(i), vectors[i - start]);
                String id = kind.id(entities.get(i));
                bulk.operations(o -> o.index(x -> x.index(index).id(id).document(doc)));
            }
            execute(bulk.build());
        }
        refresh();
        batch.forEach((id, json) -> unpublished.remove(id, json));
    }

    private Map<String, Object> document(T entity, String json, float[] vector) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", kind.id(entity));
        doc.put("json", json);
        String signals = kind.signals(entity);
        if (signals != null) {
            doc.put(SIGNALS, signals);
        }
        List<Float> v = new ArrayList<>(vector.length);
        for (float x : vector) {
            v.add(x);
        }
        doc.put("vector", v);
        List<String> skills = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        for (IndexedKind.SkillTerm s : kind.skills(entity)) {
            skills.add(s.skillId());
            int from = kind.offersSkills() ? 1 : s.level();
            int to = kind.offersSkills() ? s.level() : 5;
            for (int level = from; level <= to; level++) {
                levels.add(LuceneVectorIndex.levelTerm(s.skillId(), level));
            }
        }
        doc.put("skill", skills);
        doc.put("skill_level", levels);
        doc.put("region", kind.region(entity).name());
        doc.put("remote", kind.remote(entity));
        doc.put("open", kind.open(entity));
        doc.put("hourly", kind.hourlyKrw(entity));
        doc.put("hours", kind.hoursPerWeek(entity));
        return doc;
    }

    private void execute(BulkRequest request) {
        try {
            BulkResponse response = client.bulk(request);
            if (response.errors()) {
                String reason = response.items().stream().filter(i -> i.error() != null)
                        .map(i -> i.id() + ": " + i.error().reason()).findFirst().orElse("unknown");
                throw new IllegalStateException("Elasticsearch refused a write to " + index + ": " + reason);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the Elasticsearch index " + index, e);
        }
    }

    private void refresh() {
        try {
            client.indices().refresh(r -> r.index(index));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the Elasticsearch index " + index, e);
        }
    }

    @Override
    public void commit(CatalogCheckpoint checkpoint) {
        publish();
        Map<String, JsonData> meta = new LinkedHashMap<>();
        meta.put(CHECKPOINT, JsonData.of(new LinkedHashMap<>(checkpoint.toStrings(""))));
        meta.put(ENCODER, JsonData.of(encoder.fingerprint()));
        try {
            client.indices().putMapping(m -> m.index(index).meta(meta));
            client.indices().flush(f -> f.index(index));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the Elasticsearch index " + index, e);
        }
        committed = checkpoint;
    }

    @Override
    public CatalogCheckpoint checkpoint() {
        return committed;
    }

    /** The fingerprint of the encoder whose vectors the last commit holds, if any. */
    public Optional<String> committedEncoder() {
        return Optional.ofNullable(meta().get(ENCODER)).map(d -> d.to(String.class));
    }

    private Map<String, JsonData> meta() {
        try {
            var mapping = client.indices().getMapping(g -> g.index(index)).get(index).mappings();
            return mapping.meta() == null ? Map.of() : mapping.meta();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Elasticsearch index " + index, e);
        }
    }

    @SuppressWarnings("unchecked")
    private CatalogCheckpoint readCheckpoint() {
        JsonData data = meta().get(CHECKPOINT);
        if (data == null) {
            return CatalogCheckpoint.EMPTY;
        }
        Map<String, Object> raw = data.to(Map.class);
        Map<String, String> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return CatalogCheckpoint.fromStrings(out.entrySet(), "");
    }

    // ------------------------------------------------------------------ reads

    @Override
    public Optional<String> get(String id) {
        String pending = unpublished.get(id);
        if (pending != null) {
            return pending.equals(DELETED) ? Optional.empty() : Optional.of(pending);
        }
        return source(id).map(s -> (String) s.get("json"));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Optional<Map<String, Object>> source(String id) {
        try {
            GetResponse<Map> response = client.get(g -> g.index(index).id(id), Map.class);
            return response.found() ? Optional.of((Map<String, Object>) response.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + id + " from the Elasticsearch index " + index, e);
        }
    }

    @Override
    public Optional<T> entity(String id) {
        return get(id).map(json -> codec.decodeValue(json, kind.type()));
    }

    @Override
    public Optional<float[]> vector(String id) {
        return source(id).map(s -> vectorOf(s.get("vector")));
    }

    @Override
    public void forEach(BiConsumer<String, String> idAndJson) {
        scan(null, hit -> {
            idAndJson.accept((String) hit.get("id"), (String) hit.get("json"));
            return null;
        });
    }

    @Override
    public long count() {
        try {
            return client.count(c -> c.index(index)).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the Elasticsearch index " + index, e);
        }
    }

    @Override
    public List<IndexHit<T>> knn(float[] vector, IndexFilter filter, int k) {
        List<Float> v = new ArrayList<>(vector.length);
        for (float x : vector) {
            v.add(x);
        }
        List<Query> filters = filters(filter);
        SearchRequest request = SearchRequest.of(s -> s.index(index).size(k)
                .knn(n -> n.field("vector").queryVector(v).k(k).numCandidates(Math.max(k, settings.efSearch()))
                        .filter(filters))
                .trackTotalHits(t -> t.enabled(false)));
        // dot_product scores are (1 + cosine) / 2
        return hits(request, score -> 2.0 * score - 1.0);
    }

    @Override
    public List<IndexHit<T>> exact(float[] vector, IndexFilter filter, int k) {
        PriorityQueue<IndexHit<T>> best = new PriorityQueue<>(Comparator.comparingDouble(IndexHit::score));
        Query query = filter.isNone() ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.bool(b -> b.filter(filters(filter))));
        scan(query, source -> {
            float[] v = vectorOf(source.get("vector"));
            double score = 0;
            for (int d = 0; d < v.length; d++) {
                score += v[d] * vector[d];
            }
            if (best.size() < k || score > best.peek().score()) {
                String json = (String) source.get("json");
                best.add(new IndexHit<>((String) source.get("id"), score, codec.decodeStored(json, kind.type()), v,
                        (String) source.get(SIGNALS)));
                if (best.size() > k) {
                    best.poll();
                }
            }
            return null;
        });
        List<IndexHit<T>> sorted = new ArrayList<>(best);
        sorted.sort(Comparator.comparingDouble((IndexHit<T> h) -> h.score()).reversed());
        return sorted;
    }

    @Override
    public List<IndexHit<T>> skillOverlap(List<WantedSkill> skills, IndexFilter filter, int k) {
        if (skills.isEmpty()) {
            return List.of();
        }
        List<Query> should = new ArrayList<>();
        for (WantedSkill s : skills) {
            should.add(Query.of(q -> q.constantScore(c -> c.filter(f -> f.term(t -> t.field("skill")
                    .value(s.skillId()))).boost((float) s.weight()))));
            should.add(Query.of(q -> q.constantScore(c -> c.filter(f -> f.term(t -> t.field("skill_level")
                    .value(LuceneVectorIndex.levelTerm(s.skillId(), s.level())))).boost((float) (0.5 * s.weight())))));
        }
        List<Query> filters = filters(filter);
        SearchRequest request = SearchRequest.of(s -> s.index(index).size(k)
                .query(q -> q.bool(b -> b.should(should).minimumShouldMatch("1").filter(filters)))
                .trackTotalHits(t -> t.enabled(false)));
        return hits(request, score -> score);
    }

    private List<Query> filters(IndexFilter filter) {
        List<Query> out = new ArrayList<>();
        if (filter.minHoursPerWeek() != null) {
            out.add(Query.of(q -> q.range(r -> r.number(n -> n.field("hours")
                    .gte((double) filter.minHoursPerWeek())))));
        }
        if (!filter.regions().isEmpty()) {
            List<FieldValue> regions = filter.regions().stream().map(r -> FieldValue.of(r.name())).toList();
            out.add(Query.of(q -> q.terms(t -> t.field("region").terms(v -> v.value(regions)))));
        }
        if (filter.maxHourlyKrw() != null) {
            out.add(Query.of(q -> q.range(r -> r.number(n -> n.field("hourly")
                    .lte((double) filter.maxHourlyKrw())))));
        }
        if (filter.openOnly()) {
            out.add(Query.of(q -> q.term(t -> t.field("open").value(true))));
        }
        if (filter.remoteOrIn() != null) {
            String region = filter.remoteOrIn().name();
            out.add(Query.of(q -> q.bool(b -> b.should(s -> s.term(t -> t.field("remote").value(true)))
                    .should(s -> s.term(t -> t.field("region").value(region))).minimumShouldMatch("1"))));
        }
        return out;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private List<IndexHit<T>> hits(SearchRequest request, Function<Double, Double> score) {
        try {
            SearchResponse<Map> response = client.search(request, Map.class);
            List<IndexHit<T>> hits = new ArrayList<>();
            for (Hit<Map> hit : response.hits().hits()) {
                Map<String, Object> source = hit.source();
                hits.add(new IndexHit<>((String) source.get("id"), score.apply(hit.score() == null ? 0 : hit.score()),
                        codec.decodeStored((String) source.get("json"), kind.type()), vectorOf(source.get("vector")),
                        (String) source.get(SIGNALS)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the Elasticsearch index " + index, e);
        }
    }

    /** Every document matching {@code query} (all when null), page by page in id order. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void scan(Query query, Function<Map<String, Object>, Void> each) {
        List<FieldValue> after = null;
        try {
            while (true) {
                List<FieldValue> from = after;
                SearchResponse<Map> page = client.search(s -> {
                    s.index(index).size(PAGE).sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
                            .trackTotalHits(t -> t.enabled(false));
                    if (query != null) {
                        s.query(query);
                    }
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, Map.class);
                List<Hit<Map>> hits = page.hits().hits();
                for (Hit<Map> hit : hits) {
                    each.apply((Map<String, Object>) hit.source());
                }
                if (hits.size() < PAGE) {
                    return;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Elasticsearch index " + index, e);
        }
    }

    private static float[] vectorOf(Object raw) {
        List<?> values = (List<?>) raw;
        float[] v = new float[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = ((Number) values.get(i)).floatValue();
        }
        return v;
    }

    @Override
    public void close() {
        // the client belongs to whoever opened the index
    }
}
