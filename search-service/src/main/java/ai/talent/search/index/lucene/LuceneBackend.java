package ai.talent.search.index.lucene;

import ai.talent.domain.event.Topics;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.text.TextSignals;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.search.index.BrowsePage;
import ai.talent.search.index.Checkpoint;
import ai.talent.search.index.FacetBuckets;
import ai.talent.search.index.FacetCounts;
import ai.talent.search.index.Filters;
import ai.talent.search.index.IndexedFreelancer;
import ai.talent.search.index.LexicalQuery;
import ai.talent.search.index.ProfileJson;
import ai.talent.search.index.ScoredFreelancer;
import ai.talent.search.index.SearchBackend;
import ai.talent.search.index.SortOrder;
import ai.talent.service.state.StateJson;
import ai.talent.service.state.catalog.CatalogCheckpoint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;

/**
 * The embedded search index: search's freelancers catalog store ({@link FreelancerStore}, shared-service's
 * {@link ai.talent.service.state.catalog.LuceneCatalogStore} with the search fields), read through its published
 * view. In the service the catalog's follower writes the store and commits it with its offsets; the writes here
 * (upsert with precomputed vectors, delete, refresh, commit) serve the contract tests, the evaluation and the
 * benchmark, which fill an index without a broker.
 */
public final class LuceneBackend implements SearchBackend {

    private static final Set<String> LOADED = Set.of(LuceneFields.SOURCE);
    private static final Set<String> WITH_LEGACY_VECTOR = Set.of(LuceneFields.SOURCE, LuceneFields.VECTOR_BYTES);

    /**
     * Equal scores in id order: each replica builds its own index, with the same documents in a different internal
     * order, and must still rank them alike (the lexical leg: {@link TopByScoreThenId}).
     */
    private static final java.util.Comparator<ScoredFreelancer> SAME_ORDER_ON_EVERY_REPLICA = java.util.Comparator
            .comparingDouble((ScoredFreelancer h) -> -h.score()).thenComparing(h -> h.freelancer().id());

    private final FreelancerStore store;
    private final boolean ownsStore;
    private final int dimension;
    private final LuceneQueries queries;

    /** Searches {@code store}, which its opener closes (the service: the catalog, when it stops). */
    public LuceneBackend(FreelancerStore store) {
        this(store, false);
    }

    private LuceneBackend(FreelancerStore store, boolean ownsStore) {
        this.store = store;
        this.ownsStore = ownsStore;
        this.dimension = store.dimension();
        this.queries = new LuceneQueries(analyzer());
    }

    /** An index of its own in {@code dir} (no encoder: writers bring the vectors), closed with this back end. */
    public LuceneBackend(Path dir, int dimension, SkillTaxonomy taxonomy, LuceneSettings settings) {
        this(FreelancerStore.open(dir, dimension, taxonomy, settings, null), true);
    }

    /** Nori for the Korean text fields, the standard analyzer (no stop words, as Elasticsearch's) for the rest. */
    static Analyzer analyzer() {
        Analyzer standard = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        Map<String, Analyzer> perField = new HashMap<>();
        for (String f : new String[] {LuceneFields.NAME, LuceneFields.HEADLINE, LuceneFields.BIO,
                LuceneFields.SKILL_NAMES}) {
            perField.put(f + LuceneFields.STD, standard);
        }
        perField.put(LuceneFields.SKILL_TERMS, standard);
        return new PerFieldAnalyzerWrapper(new KoreanAnalyzer(), perField);
    }

    public FreelancerStore store() {
        return store;
    }

    public Path dir() {
        return store.root();
    }

    @Override
    public String name() {
        return "lucene";
    }

    @Override
    public Optional<String> vectorSpace() {
        return store.vectorSpace();
    }

    @Override
    public void recordVectorSpace(String fingerprint) {
        store.recordVectorSpace(fingerprint);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public void upsert(List<IndexedFreelancer> documents) {
        List<Freelancer> profiles = new ArrayList<>(documents.size());
        float[][] vectors = new float[documents.size()][];
        for (int i = 0; i < vectors.length; i++) {
            profiles.add(documents.get(i).freelancer());
            vectors[i] = documents.get(i).vector();
        }
        store.upsertAll(profiles, vectors);
    }

    @Override
    public void delete(String id, long version) {
        store.delete(id);
    }

    @Override
    public void refresh() {
        store.publish();
    }

    /** Stores the offsets of the {@code freelancers} partitions as the catalog's checkpoint (other topics: none). */
    @Override
    public void commit(Checkpoint next) {
        Map<Integer, Long> offsets = new HashMap<>();
        next.offsets().forEach((key, offset) -> {
            String prefix = Topics.FREELANCERS + "-";
            if (key.startsWith(prefix)) {
                offsets.put(Integer.parseInt(key.substring(prefix.length())), offset);
            }
        });
        CatalogCheckpoint previous = store.checkpoint();
        store.commit(new CatalogCheckpoint(previous.clusterId(), offsets, previous.recentEventIds()));
    }

    @Override
    public Checkpoint checkpoint() {
        Map<String, Long> offsets = new HashMap<>();
        store.checkpoint().offsets().forEach((partition, offset) ->
                offsets.put(Checkpoint.key(Topics.FREELANCERS, partition), offset));
        return new Checkpoint(offsets);
    }

    @Override
    public Optional<IndexedFreelancer> get(String id) {
        return withSearcher(s -> {
            int doc = docOf(s, id);
            if (doc < 0) {
                return Optional.empty();
            }
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            FloatVectorValues values = leaf.reader().getFloatVectorValues(LuceneFields.VECTOR);
            return Optional.of(loadWithVector(s.storedFields(), doc, values,
                    values == null ? null : values.iterator(), doc - leaf.docBase));
        });
    }

    @Override
    public long count() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    @Override
    public List<ScoredFreelancer> lexical(LexicalQuery query, Filters filters, int k) {
        Query q = queries.lexical(query, filters);
        if (q == null) {
            return List.of();
        }
        // ordered as by (score, id), letting the disjunction skip the documents that cannot enter the top k
        return withSearcher(s -> cards(s, s.search(q, new TopByScoreThenId(k))));
    }

    @Override
    public List<ScoredFreelancer> knn(float[] vector, Filters filters, int k) {
        return knn(vector, filters, k, store.settings().numCandidates(k));
    }

    /**
     * The {@code k} nearest profiles found by an HNSW search exploring {@code numCandidates} (at least {@code k}):
     * only the best {@code k} are loaded.
     */
    public List<ScoredFreelancer> knn(float[] vector, Filters filters, int k, int numCandidates) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("query vector has " + vector.length + " dimensions, the index holds "
                    + dimension);
        }
        KnnFloatVectorQuery q = new KnnFloatVectorQuery(LuceneFields.VECTOR, vector, Math.max(k, numCandidates),
                queries.knnFilter(filters));
        List<ScoredFreelancer> hits = new ArrayList<>(withSearcher(s -> cards(s, s.search(q, k))));
        hits.sort(SAME_ORDER_ON_EVERY_REPLICA);
        return hits;
    }

    @Override
    public BrowsePage browse(Filters filters, SortOrder sort, int from, int size) {
        Query q = queries.filter(filters);
        return withSearcher(s -> {
            int total = s.count(q);
            if (from >= total || size == 0) {
                return new BrowsePage(total, List.of());
            }
            TopDocs top = s.search(q, from + size, sort(sort));
            List<ScoredFreelancer> all = hits(s, top);
            return new BrowsePage(total, all.subList(Math.min(from, all.size()), all.size()));
        });
    }

    static Sort sort(SortOrder order) {
        SortField id = new SortField(LuceneFields.ID, SortField.Type.STRING);
        return switch (order) {
            case RELEVANCE, RATING -> new Sort(
                    new SortedNumericSortField(LuceneFields.RATING_SCORE, SortField.Type.FLOAT, true),
                    new SortedNumericSortField(LuceneFields.COMPLETED, SortField.Type.INT, true), id);
            case RATE_ASC -> new Sort(new SortedNumericSortField(LuceneFields.RATE, SortField.Type.LONG, false), id);
            case RATE_DESC -> new Sort(new SortedNumericSortField(LuceneFields.RATE, SortField.Type.LONG, true), id);
            case YEARS -> new Sort(new SortedNumericSortField(LuceneFields.YEARS, SortField.Type.FLOAT, true), id);
            case AVAILABILITY -> new Sort(
                    new SortedNumericSortField(LuceneFields.AVAILABILITY, SortField.Type.INT, true), id);
        };
    }

    @Override
    public FacetCounts facets(Filters filters, int maxSkills) {
        Query q = queries.filter(filters);
        return withSearcher(s -> s.search(q, new FacetCollectorManager())).toCounts(maxSkills);
    }

    @Override
    public List<Freelancer> namesStartingWith(String prefix, int size) {
        String p = prefix.toLowerCase(java.util.Locale.ROOT).trim();
        if (p.isEmpty()) {
            return List.of();
        }
        Query q = new PrefixQuery(new Term(LuceneFields.NAME_PREFIX, p));
        return withSearcher(s -> {
            TopDocs top = s.search(q, size, new Sort(new SortField(LuceneFields.ID, SortField.Type.STRING)));
            return hits(s, top).stream().map(ScoredFreelancer::freelancer).toList();
        });
    }

    @Override
    public void forEach(Consumer<IndexedFreelancer> sink) {
        withSearcher(s -> {
            // one stored-fields reader (it decompresses a block once for the documents in it) and one forward
            // vector iterator per segment for the whole scan
            StoredFields stored = s.storedFields();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                var live = leaf.reader().getLiveDocs();
                FloatVectorValues values = leaf.reader().getFloatVectorValues(LuceneFields.VECTOR);
                KnnVectorValues.DocIndexIterator it = values == null ? null : values.iterator();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        sink.accept(loadWithVector(stored, leaf.docBase + doc, values, it, doc));
                    }
                }
            }
            return null;
        });
    }

    private List<ScoredFreelancer> hits(IndexSearcher s, TopDocs top) throws IOException {
        StoredFields stored = s.storedFields();
        List<ScoredFreelancer> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(new ScoredFreelancer(load(stored, sd.doc), Float.isNaN(sd.score) ? 0 : sd.score));
        }
        return out;
    }

    /**
     * A leg's candidates as their cards ({@link ProfileCard}: the profile without headline and bio, read from doc
     * values in document order); a document without a readable card (written before cards) is read in full.
     */
    private static List<ScoredFreelancer> cards(IndexSearcher s, TopDocs top) throws IOException {
        ScoreDoc[] found = top.scoreDocs;
        Integer[] byDoc = new Integer[found.length];
        for (int i = 0; i < byDoc.length; i++) {
            byDoc[i] = i;
        }
        java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt(i -> found[i].doc));
        Freelancer[] profiles = new Freelancer[found.length];
        TextSignals.Profile[] stated = new TextSignals.Profile[found.length];
        boolean[] whole = new boolean[found.length];
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        StoredFields stored = null;
        LeafReaderContext leaf = null;
        BinaryDocValues cards = null;
        for (int i : byDoc) {
            int doc = found[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                cards = leaf.reader().getBinaryDocValues(LuceneFields.CARD);
            }
            ProfileCard.Card card = cards != null && cards.advanceExact(doc - leaf.docBase)
                    ? ProfileCard.decode(cards.binaryValue()) : null;
            if (card == null) {
                stored = stored == null ? s.storedFields() : stored;
                profiles[i] = load(stored, doc);
                whole[i] = true;
            } else {
                profiles[i] = card.profile();
                stated[i] = card.stated();
            }
        }
        List<ScoredFreelancer> out = new ArrayList<>(found.length);
        for (int i = 0; i < found.length; i++) {
            out.add(new ScoredFreelancer(profiles[i], Float.isNaN(found[i].score) ? 0 : found[i].score, whole[i],
                    stated[i]));
        }
        return out;
    }

    @Override
    public Map<String, Freelancer> withTexts(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return withSearcher(s -> {
            StoredFields stored = s.storedFields();
            Map<String, Freelancer> out = new HashMap<>();
            for (String id : ids) {
                int doc = docOf(s, id);
                if (doc >= 0) {
                    out.put(id, load(stored, doc));
                }
            }
            return out;
        });
    }

    /** The document holding profile {@code id} in this searcher's view, or -1. */
    private static int docOf(IndexSearcher s, String id) throws IOException {
        TopDocs top = s.search(new TermQuery(new Term(LuceneFields.ID, id)), 1);
        return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
    }

    private static Freelancer load(StoredFields stored, int doc) throws IOException {
        return StateJson.read(stored.document(doc, LOADED).get(LuceneFields.SOURCE), Freelancer.class);
    }

    /**
     * A document with its vector, read from the HNSW field's raw vectors (an index written before they were read
     * from there also holds a stored copy, which is used when present).
     */
    private static IndexedFreelancer loadWithVector(StoredFields stored, int doc, FloatVectorValues values,
                                                    KnnVectorValues.DocIndexIterator it, int local)
            throws IOException {
        Document d = stored.document(doc, WITH_LEGACY_VECTOR);
        Freelancer f = StateJson.read(d.get(LuceneFields.SOURCE), Freelancer.class);
        BytesRef legacy = d.getBinaryValue(LuceneFields.VECTOR_BYTES);
        if (legacy != null) {
            return new IndexedFreelancer(f, ProfileJson.floats(legacy.bytes, legacy.offset, legacy.length), 0);
        }
        float[] vector = null;
        if (it != null) {
            if (it.docID() < local) {
                it.advance(local);
            }
            if (it.docID() == local) {
                vector = values.vectorValue(it.index()).clone();
            }
        }
        return new IndexedFreelancer(f, vector, 0);
    }

    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherFunction<T> f) {
        return store.search(f::apply);
    }

    @Override
    public void close() {
        if (ownsStore) {
            store.close();
        }
    }

    /** Counts facet values over the matching documents from their doc values. */
    private static final class FacetCollectorManager implements CollectorManager<FacetCollector, Tallies> {

        @Override
        public FacetCollector newCollector() {
            return new FacetCollector();
        }

        @Override
        public Tallies reduce(java.util.Collection<FacetCollector> collectors) {
            Tallies total = new Tallies();
            for (FacetCollector c : collectors) {
                total.add(c.tallies);
            }
            return total;
        }
    }

    private static final class Tallies {
        final Map<String, Long> skills = new HashMap<>();
        final Map<String, Long> regions = new HashMap<>();
        final Map<String, Long> rates = new HashMap<>();
        final Map<String, Long> years = new HashMap<>();

        void add(Tallies o) {
            o.skills.forEach((k, v) -> skills.merge(k, v, Long::sum));
            o.regions.forEach((k, v) -> regions.merge(k, v, Long::sum));
            o.rates.forEach((k, v) -> rates.merge(k, v, Long::sum));
            o.years.forEach((k, v) -> years.merge(k, v, Long::sum));
        }

        FacetCounts toCounts(int maxSkills) {
            return FacetCounts.of(skills, regions, rates, years, maxSkills);
        }
    }

    private static final class FacetCollector implements Collector {
        final Tallies tallies = new Tallies();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues skills = DocValues.getSortedSet(context.reader(), LuceneFields.SKILLS);
            SortedDocValues region = DocValues.getSorted(context.reader(), LuceneFields.REGION);
            SortedNumericDocValues rate = DocValues.getSortedNumeric(context.reader(), LuceneFields.RATE);
            SortedNumericDocValues years = DocValues.getSortedNumeric(context.reader(), LuceneFields.YEARS);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (skills.advanceExact(doc)) {
                        for (int i = 0; i < skills.docValueCount(); i++) {
                            tallies.skills.merge(skills.lookupOrd(skills.nextOrd()).utf8ToString(), 1L, Long::sum);
                        }
                    }
                    if (region.advanceExact(doc)) {
                        tallies.regions.merge(region.lookupOrd(region.ordValue()).utf8ToString(), 1L, Long::sum);
                    }
                    if (rate.advanceExact(doc)) {
                        tallies.rates.merge(FacetBuckets.rateKey(rate.nextValue()), 1L, Long::sum);
                    }
                    if (years.advanceExact(doc)) {
                        float y = NumericUtils.sortableIntToFloat((int) years.nextValue());
                        tallies.years.merge(FacetBuckets.yearsKey(y), 1L, Long::sum);
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
