package ai.talent.matching.retrieval;

import ai.talent.domain.event.EventCodec;
import ai.talent.domain.model.Region;
import ai.talent.matching.text.TextVectors;
import ai.talent.service.state.catalog.CatalogCheckpoint;
import ai.talent.service.state.catalog.LuceneCatalogStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.jboss.logging.Logger;

/**
 * A vector index in a Lucene 10.5 index on local disk: shared-service's {@link LuceneCatalogStore} (one document per
 * entity with its id and JSON, the checkpoint in the commit's user data, the near-real-time view readers search)
 * with matching's fields on every document: the tower vector in an HNSW graph (dot product of unit vectors =
 * cosine), the skills as exact terms (with level terms, so that "at least level 3" is one term), the fields hard
 * filters look at, and the entity's text signals as the ranker reads them (stored, read once per upsert). The
 * fingerprint of the encoder that made the vectors is committed beside the checkpoint, so documents, vectors and
 * offsets are one atomic commit and a restart keeps the index. When the encoder changes (a
 * new fine-tuned version is promoted), opening the index re-embeds every stored entity.
 *
 * <p>One thread writes; any thread searches. Upserts are embedded in batches when published, so catching up with
 * a topic costs one encoder call per batch of records, not per record.
 */
public final class LuceneVectorIndex<T extends Record> implements VectorIndex<T> {

    static final String ID = LuceneCatalogStore.ID;
    static final String JSON = LuceneCatalogStore.JSON;
    static final String VECTOR = "vector";
    static final String SKILL = "skill";
    static final String SKILL_LEVEL = "skill_level";
    static final String REGION = "region";
    static final String REMOTE = "remote";
    static final String HOURLY = "hourly";
    static final String HOURS = "hours";
    static final String OPEN = "open";
    /** The entity's text signals, read when it was indexed (stored only; absent in indexes written before them). */
    static final String SIGNALS = "signals";
    static final String ENCODER = "talent.encoder";
    /** Where indexes written before this one stood on the catalog store kept their checkpoint (read, never written). */
    static final String LEGACY_CHECKPOINT_PREFIX = "talent.checkpoint.";

    private static final Logger LOG = Logger.getLogger(LuceneVectorIndex.class);
    private static final String YES = "1";

    /** An entity being written with its vector, taken by its document's fields. */
    private record Embedded<T>(T entity, float[] vector) {
    }

    private final Path folder;
    private final IndexedKind<T> kind;
    private final TextVectors encoder;
    private final IndexSettings settings;
    private final LuceneCatalogStore store;
    private final EventCodec codec = new EventCodec();
    /** Upserts not embedded yet (id → JSON): embedded in batches at the next publish. */
    private final Map<String, String> unembedded = new ConcurrentHashMap<>();
    /** The entities the writer is writing now, with their vectors (one writer thread). */
    private final Map<String, Embedded<T>> writing = new HashMap<>();
    /** The checkpoint of an index committed in the legacy layout, until the next commit writes the store's. */
    private volatile CatalogCheckpoint legacyCheckpoint;

    private LuceneVectorIndex(Path folder, IndexedKind<T> kind, TextVectors encoder, IndexSettings settings) {
        this.folder = folder;
        this.kind = kind;
        this.encoder = encoder;
        this.settings = settings;
        this.store = LuceneCatalogStore.open(folder, new StandardAnalyzer(), this::addFields,
                config -> config.setCodec(codec(settings)).setRAMBufferSizeMB(64));
        if (store.checkpoint().isEmpty()) {
            CatalogCheckpoint legacy = CatalogCheckpoint.fromStrings(store.commitData().entrySet(),
                    LEGACY_CHECKPOINT_PREFIX);
            this.legacyCheckpoint = legacy.isEmpty() ? null : legacy;
        }
    }

    /**
     * Opens (or creates) the index in {@code folder}. If its vectors came from another encoder, every stored entity
     * is embedded again with this one (and committed with the same checkpoint) before the index is returned.
     */
    public static <T extends Record> LuceneVectorIndex<T> open(Path folder, IndexedKind<T> kind, TextVectors encoder,
                                                               IndexSettings settings) {
        LuceneVectorIndex<T> index = new LuceneVectorIndex<>(folder, kind, encoder, settings);
        try {
            index.reembedIfStale();
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        return index;
    }

    private static Lucene104Codec codec(IndexSettings settings) {
        KnnVectorsFormat format = new Lucene99HnswVectorsFormat(settings.hnswM(), settings.hnswBeamWidth());
        return new Lucene104Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return format;
            }
        };
    }

    @Override
    public String backend() {
        return "lucene";
    }

    @Override
    public IndexedKind<T> kind() {
        return kind;
    }

    public Path folder() {
        return folder;
    }

    // ------------------------------------------------------------------ writes

    @Override
    public void upsert(String id, String json) {
        unembedded.put(id, json);
    }

    @Override
    public void upsertEmbedded(List<T> entities, float[][] vectors) {
        for (int i = 0; i < entities.size(); i++) {
            T entity = entities.get(i);
            write(entity, codec.encodeValue(entity), vectors[i]);
            unembedded.remove(kind.id(entity));
        }
    }

    @Override
    public void delete(String id) {
        unembedded.remove(id);
        store.delete(id);
    }

    @Override
    public void deleteAll() {
        store.deleteAll();
        unembedded.clear();
    }

    @Override
    public void publish() {
        Map<String, String> batch = new LinkedHashMap<>(unembedded);
        List<T> entities = new ArrayList<>();
        List<String> jsons = new ArrayList<>();
        batch.forEach((id, json) -> {
            entities.add(codec.decodeValue(json, kind.type()));
            jsons.add(json);
        });
        for (int start = 0; start < entities.size(); start += settings.embedBatch()) {
            int end = Math.min(entities.size(), start + settings.embedBatch());
            List<String> texts = new ArrayList<>(end - start);
            for (int i = start; i < end; i++) {
                texts.add(kind.text(entities.get(i)));
            }
            float[][] vectors = encoder.embed(texts);
            for (int i = start; i < end; i++) {
                write(entities.get(i), jsons.get(i), vectors[i - start]);
            }
        }
        // upsertEmbedded and delete write at once; they too become visible only here
        store.publish();
        // A change that arrived while this batch was embedded stays pending for the next publish.
        batch.forEach(unembedded::remove);
    }

    private void write(T entity, String json, float[] vector) {
        String id = kind.id(entity);
        writing.put(id, new Embedded<>(entity, vector));
        try {
            store.upsert(id, json);
        } finally {
            writing.remove(id);
        }
    }

    /** Matching's fields of the document the store writes for {@code id} (its id and JSON are the store's). */
    private void addFields(Document doc, String id, String json) {
        Embedded<T> embedded = writing.get(id);
        if (embedded == null) {
            throw new IllegalStateException("no vector for " + id + ": the index writes only what it embedded");
        }
        T entity = embedded.entity();
        doc.add(new KnnFloatVectorField(VECTOR, embedded.vector(), VectorSimilarityFunction.DOT_PRODUCT));
        for (IndexedKind.SkillTerm s : kind.skills(entity)) {
            doc.add(new StringField(SKILL, s.skillId(), Field.Store.NO));
            int from = kind.offersSkills() ? 1 : s.level();
            int to = kind.offersSkills() ? s.level() : 5;
            for (int level = from; level <= to; level++) {
                doc.add(new StringField(SKILL_LEVEL, levelTerm(s.skillId(), level), Field.Store.NO));
            }
        }
        doc.add(new StringField(REGION, kind.region(entity).name(), Field.Store.NO));
        doc.add(new StringField(REMOTE, kind.remote(entity) ? YES : "0", Field.Store.NO));
        doc.add(new StringField(OPEN, kind.open(entity) ? YES : "0", Field.Store.NO));
        doc.add(new LongPoint(HOURLY, kind.hourlyKrw(entity)));
        doc.add(new IntPoint(HOURS, kind.hoursPerWeek(entity)));
        String signals = kind.signals(entity);
        if (signals != null) {
            doc.add(new StoredField(SIGNALS, signals));
        }
    }

    static String levelTerm(String skillId, int level) {
        return skillId + "@" + level;
    }

    @Override
    public void commit(CatalogCheckpoint checkpoint) {
        publish();
        store.commit(checkpoint, Map.of(ENCODER, encoder.fingerprint()));
        legacyCheckpoint = null;
    }

    /**
     * Reopens the index on its last commit after a fatal write failure (see LuceneCatalogStore); the upserts not
     * embedded yet go with the rest of what came after that commit, which the follower reads again.
     */
    @Override
    public void recover() {
        if (store.broken()) {
            unembedded.clear();
            store.recover();
        }
    }

    @Override
    public CatalogCheckpoint checkpoint() {
        CatalogCheckpoint legacy = legacyCheckpoint;
        return legacy != null ? legacy : store.checkpoint();
    }

    /** The fingerprint of the encoder whose vectors the last commit holds, if any. */
    public Optional<String> committedEncoder() {
        return Optional.ofNullable(store.commitData().get(ENCODER));
    }

    private void reembedIfStale() {
        Optional<String> previous = committedEncoder();
        if (previous.isEmpty() || previous.get().equals(encoder.fingerprint()) || count() == 0) {
            return;
        }
        long start = System.nanoTime();
        List<String> ids = new ArrayList<>();
        forEach((id, json) -> ids.add(id));
        LOG.infof("Index %s holds vectors of %s; embedding its %d entities again with %s", folder, previous.get(),
                ids.size(), encoder.fingerprint());
        for (String id : ids) {
            get(id).ifPresent(json -> unembedded.put(id, json));
            if (unembedded.size() >= settings.embedBatch()) {
                publish();
            }
        }
        commit(checkpoint());
        LOG.infof("Index %s embedded again in %d s", folder, (System.nanoTime() - start) / 1_000_000_000L);
    }

    // ------------------------------------------------------------------ reads

    @Override
    public Optional<String> get(String id) {
        String pending = unembedded.get(id);
        return pending != null ? Optional.of(pending) : store.get(id);
    }

    @Override
    public Optional<T> entity(String id) {
        return get(id).map(json -> codec.decodeValue(json, kind.type()));
    }

    @Override
    public Optional<float[]> vector(String id) {
        return store.search(searcher -> {
            TopDocs found = searcher.search(new TermQuery(new Term(ID, id)), 1);
            return found.scoreDocs.length == 0 ? Optional.<float[]>empty()
                    : Optional.of(new HitReader(searcher).vector(found.scoreDocs[0].doc));
        });
    }

    @Override
    public void forEach(BiConsumer<String, String> idAndJson) {
        store.forEach(idAndJson);
    }

    @Override
    public long count() {
        return store.count();
    }

    @Override
    public List<IndexHit<T>> knn(float[] vector, IndexFilter filter, int k) {
        Query query = filter.isNone()
                ? new KnnFloatVectorQuery(VECTOR, vector, Math.max(k, settings.efSearch()))
                : new KnnFloatVectorQuery(VECTOR, vector, Math.max(k, settings.efSearch()), filterQuery(filter));
        return store.search(searcher -> {
            TopDocs top = searcher.search(query, k);
            List<IndexHit<T>> hits = new ArrayList<>(top.scoreDocs.length);
            HitReader reader = new HitReader(searcher);
            for (ScoreDoc sd : top.scoreDocs) {
                // DOT_PRODUCT scores are (1 + cosine) / 2
                hits.add(reader.hit(sd.doc, 2.0 * sd.score - 1.0));
            }
            return hits;
        });
    }

    @Override
    public List<IndexHit<T>> exact(float[] vector, IndexFilter filter, int k) {
        return store.search(searcher -> {
            PriorityQueue<double[]> best = new PriorityQueue<>(Comparator.comparingDouble(a -> a[0]));
            Query filterQuery = filter.isNone() ? null : searcher.rewrite(filterQuery(filter));
            Weight weight = filterQuery == null ? null
                    : searcher.createWeight(filterQuery, ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
                if (values == null) {
                    continue;
                }
                var live = leaf.reader().getLiveDocs();
                DocIdSetIterator accepted = null;
                if (weight != null) {
                    Scorer scorer = weight.scorer(leaf);
                    if (scorer == null) {
                        continue;
                    }
                    accepted = scorer.iterator();
                }
                KnnVectorValues.DocIndexIterator it = values.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    if (accepted != null) {
                        if (accepted.docID() < doc) {
                            accepted.advance(doc);
                        }
                        if (accepted.docID() != doc) {
                            continue;
                        }
                    }
                    float[] v = values.vectorValue(it.index());
                    double score = 0;
                    for (int d = 0; d < v.length; d++) {
                        score += v[d] * vector[d];
                    }
                    if (best.size() < k) {
                        best.add(new double[] {score, leaf.docBase + doc});
                    } else if (score > best.peek()[0]) {
                        best.poll();
                        best.add(new double[] {score, leaf.docBase + doc});
                    }
                }
            }
            List<double[]> sorted = new ArrayList<>(best);
            sorted.sort((a, b) -> Double.compare(b[0], a[0]));
            List<IndexHit<T>> hits = new ArrayList<>(sorted.size());
            HitReader reader = new HitReader(searcher);
            for (double[] s : sorted) {
                hits.add(reader.hit((int) s[1], s[0]));
            }
            return hits;
        });
    }

    @Override
    public List<IndexHit<T>> skillOverlap(List<WantedSkill> skills, IndexFilter filter, int k) {
        if (skills.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder wanted = new BooleanQuery.Builder();
        for (WantedSkill s : skills) {
            // Holding the skill counts its weight; holding it at the level asked for counts half as much again.
            wanted.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SKILL, s.skillId()))),
                    (float) s.weight()), BooleanClause.Occur.SHOULD);
            wanted.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SKILL_LEVEL,
                    levelTerm(s.skillId(), s.level())))), (float) (0.5 * s.weight())), BooleanClause.Occur.SHOULD);
        }
        wanted.setMinimumNumberShouldMatch(1);
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(wanted.build(), BooleanClause.Occur.MUST);
        if (!filter.isNone()) {
            query.add(filterQuery(filter), BooleanClause.Occur.FILTER);
        }
        return store.search(searcher -> {
            TopDocs top = searcher.search(query.build(), k);
            List<IndexHit<T>> hits = new ArrayList<>(top.scoreDocs.length);
            HitReader reader = new HitReader(searcher);
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(reader.hit(sd.doc, sd.score));
            }
            return hits;
        });
    }

    private Query filterQuery(IndexFilter filter) {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        if (filter.minHoursPerWeek() != null) {
            q.add(IntPoint.newRangeQuery(HOURS, filter.minHoursPerWeek(), Integer.MAX_VALUE),
                    BooleanClause.Occur.FILTER);
        }
        if (!filter.regions().isEmpty()) {
            List<BytesRef> regions = filter.regions().stream().map(r -> new BytesRef(r.name())).toList();
            q.add(new TermInSetQuery(REGION, regions), BooleanClause.Occur.FILTER);
        }
        if (filter.maxHourlyKrw() != null) {
            q.add(LongPoint.newRangeQuery(HOURLY, Long.MIN_VALUE, filter.maxHourlyKrw()), BooleanClause.Occur.FILTER);
        }
        if (filter.openOnly()) {
            q.add(new TermQuery(new Term(OPEN, YES)), BooleanClause.Occur.FILTER);
        }
        if (filter.remoteOrIn() != null) {
            Region region = filter.remoteOrIn();
            q.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(REMOTE, YES)), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(REGION, region.name())), BooleanClause.Occur.SHOULD)
                    .setMinimumNumberShouldMatch(1).build(), BooleanClause.Occur.FILTER);
        }
        return q.build();
    }

    /**
     * Reads the hits of one search with one stored-fields reader and one vector reader per segment: a reader of
     * either keeps its buffers (a stored-fields reader's decompression buffers are tens of kilobytes), so taking a
     * new one per hit made a ranking allocate megabytes.
     */
    private final class HitReader {

        private final List<LeafReaderContext> leaves;
        private final StoredFields stored;
        private final FloatVectorValues[] vectors;

        HitReader(IndexSearcher searcher) throws IOException {
            this.leaves = searcher.getIndexReader().leaves();
            this.stored = searcher.storedFields();
            this.vectors = new FloatVectorValues[leaves.size()];
        }

        IndexHit<T> hit(int doc, double score) throws IOException {
            Document d = stored.document(doc);
            return new IndexHit<>(d.get(ID), score, codec.decodeStored(d.get(JSON), kind.type()), vector(doc),
                    d.get(SIGNALS));
        }

        float[] vector(int doc) throws IOException {
            int leafIndex = ReaderUtil.subIndex(doc, leaves);
            LeafReaderContext leaf = leaves.get(leafIndex);
            FloatVectorValues values = vectors[leafIndex];
            if (values == null) {
                values = leaf.reader().getFloatVectorValues(VECTOR);
                vectors[leafIndex] = values;
            }
            int local = doc - leaf.docBase;
            KnnVectorValues.DocIndexIterator it = values == null ? null : values.iterator();
            if (it == null || it.advance(local) != local) {
                throw new IllegalStateException("document " + doc + " has no vector");
            }
            return values.vectorValue(it.index()).clone();
        }
    }

    /** Merges the index into few segments (a bulk load's end). */
    public void forceMerge(int segments) {
        store.forceMerge(segments);
    }

    @Override
    public void close() {
        store.close();
    }
}
