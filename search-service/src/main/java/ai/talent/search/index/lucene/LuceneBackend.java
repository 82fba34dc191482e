package ai.talent.search.index.lucene;

import ai.talent.domain.model.Freelancer;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
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
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.NumericUtils;

/**
 * The embedded search index: one Lucene index in a folder, written through an {@link IndexWriter} and searched
 * near-real-time through a {@link SearcherManager}. A commit stores the topic offsets in the commit's user data,
 * so the files on disk always say which events they reflect.
 */
public final class LuceneBackend implements SearchBackend {

    static final String CHECKPOINT_PREFIX = "offset.";
    private static final Set<String> LOADED = Set.of(LuceneFields.SOURCE, LuceneFields.VERSION);

    private final Path dir;
    private final int dimension;
    private final SkillTaxonomy taxonomy;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final LuceneQueries queries;
    private volatile Checkpoint checkpoint;

    public LuceneBackend(Path dir, int dimension, SkillTaxonomy taxonomy, LuceneSettings settings) {
        this.dir = dir;
        this.dimension = dimension;
        this.taxonomy = taxonomy;
        Analyzer analyzer = analyzer();
        try {
            Files.createDirectories(dir);
            this.directory = FSDirectory.open(dir);
            this.checkpoint = readCheckpoint(directory);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(settings.ramBufferMb())
                    .setCodec(codec(settings));
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the Lucene index in " + dir.toAbsolutePath() + ": "
                    + e.getMessage(), e);
        }
        this.queries = new LuceneQueries(analyzer);
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

    private static Lucene104Codec codec(LuceneSettings settings) {
        KnnVectorsFormat format = settings.quantized()
                ? new Lucene104HnswScalarQuantizedVectorsFormat(settings.hnswM(), settings.hnswBeamWidth())
                : new Lucene99HnswVectorsFormat(settings.hnswM(), settings.hnswBeamWidth());
        return new Lucene104Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return format;
            }
        };
    }

    private static Checkpoint readCheckpoint(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Checkpoint.empty();
        }
        Map<String, Long> offsets = new HashMap<>();
        for (Map.Entry<String, String> e : SegmentInfos.readLatestCommit(directory).getUserData().entrySet()) {
            if (e.getKey().startsWith(CHECKPOINT_PREFIX)) {
                offsets.put(e.getKey().substring(CHECKPOINT_PREFIX.length()), Long.parseLong(e.getValue()));
            }
        }
        return new Checkpoint(offsets);
    }

    public Path dir() {
        return dir;
    }

    @Override
    public String name() {
        return "lucene";
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public void upsert(List<IndexedFreelancer> documents) {
        try {
            for (IndexedFreelancer d : documents) {
                if (d.vector() != null && d.vector().length != dimension) {
                    throw new IllegalArgumentException("vector of " + d.id() + " has " + d.vector().length
                            + " dimensions, the index holds " + dimension);
                }
                writer.updateDocument(new Term(LuceneFields.ID, d.id()), LuceneFields.document(d, taxonomy));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the Lucene index: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String id, long version) {
        try {
            writer.deleteDocuments(new Term(LuceneFields.ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete from the Lucene index: " + e.getMessage(), e);
        }
    }

    @Override
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the Lucene searcher: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void commit(Checkpoint next) {
        Map<String, String> data = new HashMap<>();
        next.offsets().forEach((k, v) -> data.put(CHECKPOINT_PREFIX + k, Long.toString(v)));
        try {
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            checkpoint = next;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the Lucene index: " + e.getMessage(), e);
        }
    }

    @Override
    public Checkpoint checkpoint() {
        return checkpoint;
    }

    @Override
    public Optional<IndexedFreelancer> get(String id) {
        return withSearcher(s -> {
            TopDocs top = s.search(new TermQuery(new Term(LuceneFields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(load(s.storedFields(), top.scoreDocs[0].doc, true));
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
        return withSearcher(s -> hits(s, s.search(q, k)));
    }

    @Override
    public List<ScoredFreelancer> knn(float[] vector, Filters filters, int k) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("query vector has " + vector.length + " dimensions, the index holds "
                    + dimension);
        }
        KnnFloatVectorQuery q = new KnnFloatVectorQuery(LuceneFields.VECTOR, vector, k, queries.knnFilter(filters));
        return withSearcher(s -> hits(s, s.search(q, k)));
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
            StoredFields stored = s.storedFields();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                var live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        sink.accept(load(stored, leaf.docBase + doc, true));
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
            out.add(new ScoredFreelancer(load(stored, sd.doc, false).freelancer(), Float.isNaN(sd.score) ? 0 : sd.score));
        }
        return out;
    }

    private IndexedFreelancer load(StoredFields stored, int doc, boolean withVector) throws IOException {
        Document d = withVector ? stored.document(doc) : stored.document(doc, LOADED);
        Freelancer f = ProfileJson.read(d.get(LuceneFields.SOURCE));
        long version = d.getField(LuceneFields.VERSION).numericValue().longValue();
        float[] vector = null;
        if (withVector && d.getBinaryValue(LuceneFields.VECTOR_BYTES) != null) {
            var bytes = d.getBinaryValue(LuceneFields.VECTOR_BYTES);
            vector = ProfileJson.floats(bytes.bytes, bytes.offset, bytes.length);
        }
        return new IndexedFreelancer(f, vector, version);
    }

    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherFunction<T> f) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return f.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene search failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the Lucene index in " + dir + ": " + e.getMessage(), e);
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
