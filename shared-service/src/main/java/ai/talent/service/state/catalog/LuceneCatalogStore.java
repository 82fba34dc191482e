package ai.talent.service.state.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.jboss.logging.Logger;

/**
 * A catalog in a Lucene index on local disk: one document per entity (its id indexed, its JSON stored), the
 * checkpoint in the commit's user data ({@link IndexWriter#setLiveCommitData}), so documents and offsets are
 * committed in one atomic step. Readers search a near-real-time view that {@link #publish()} refreshes. The
 * index's write lock makes a second process on the same folder fail at once instead of corrupting it.
 *
 * <p>A service that searches its catalog opens it with {@link #open(Path, Analyzer, DocumentFields)}: its fields
 * (analysed text, {@code KnnFloatVectorField}s, doc values) go into the same documents, so they are committed with
 * the checkpoint like the JSON, and {@link #search} runs a query on the published view. The fields {@value #ID} and
 * {@value #JSON} are the store's own.
 *
 * <p>A write that fails while Lucene flushes a segment (a full disk) is "tragic": Lucene closes the writer for good,
 * and every later write fails with {@link AlreadyClosedException}. {@link #recover()} (the follower calls it before
 * it starts again from the checkpoint) then opens a new writer and reader on the last commit, so the documents and
 * the checkpoint agree again and the follower replays what came after it once the disk takes writes. Readers keep
 * the last published view until then.
 */
public final class LuceneCatalogStore implements CatalogStore {

    /** The field holding the entity's id (indexed as one term, stored). */
    public static final String ID = "id";
    /** The stored field holding the entity's JSON. */
    public static final String JSON = "json";
    /** The prefix of the checkpoint's keys in a commit's user data. */
    static final String USER_DATA_PREFIX = "talent.";

    private static final String DELETED = "";

    /** What a service adds to the document of an entity, beside its id and JSON. */
    @FunctionalInterface
    public interface DocumentFields {

        /**
         * Adds this service's fields for the entity {@code id} to {@code document}. A failure (the JSON cannot be
         * read, an embedding cannot be computed) is thrown; the follower then retries from its last checkpoint.
         */
        void addTo(Document document, String id, String json);
    }

    /** A query on the published view of the index. */
    @FunctionalInterface
    public interface Search<R> {

        R run(IndexSearcher searcher) throws IOException;
    }

    private static final Logger LOG = Logger.getLogger(LuceneCatalogStore.class);

    /** A writer and the reader manager on it: replaced together when a tragic failure closed the writer. */
    private record Engine(IndexWriter writer, SearcherManager searchers) {
    }

    private final Path folder;
    private final DocumentFields fields;
    private final Directory directory;
    /** A fresh writer configuration each time (Lucene refuses to share one between two writers). */
    private final Supplier<IndexWriterConfig> configs;
    private volatile Engine engine;
    /** The writer's changes since the last publish (id → JSON, or {@link #DELETED}); at most one batch. */
    private final Map<String, String> unpublished = new ConcurrentHashMap<>();
    private volatile CatalogCheckpoint committed;

    private LuceneCatalogStore(Path folder, DocumentFields fields, Directory directory,
                               Supplier<IndexWriterConfig> configs) throws IOException {
        this.folder = folder;
        this.fields = fields;
        this.directory = directory;
        this.configs = configs;
        this.engine = openEngine();
        this.committed = parse(engine.writer().getLiveCommitData());
    }

    private Engine openEngine() throws IOException {
        IndexWriter writer = new IndexWriter(directory, configs.get());
        try {
            return new Engine(writer, new SearcherManager(writer, null));
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    /** Opens (or creates) the index in {@code folder}: each entity's id and JSON, nothing to search by. */
    public static LuceneCatalogStore open(Path folder) {
        return open(folder, new StandardAnalyzer(), (document, id, json) -> { });
    }

    /**
     * Opens (or creates) the index in {@code folder} with the service's own fields on each document, analysed by
     * {@code analyzer} (a {@code PerFieldAnalyzerWrapper} for one analyser per field).
     */
    public static LuceneCatalogStore open(Path folder, Analyzer analyzer, DocumentFields fields) {
        return open(folder, analyzer, fields, config -> { });
    }

    /**
     * As {@link #open(Path, Analyzer, DocumentFields)}, with the service's tuning of the index writer applied
     * first (a codec with its own vector format, a larger RAM buffer); the open mode and commit-on-close stay the
     * store's.
     */
    public static LuceneCatalogStore open(Path folder, Analyzer analyzer, DocumentFields fields,
                                          Consumer<IndexWriterConfig> tuning) {
        return open(folder, analyzer, fields, tuning, UnaryOperator.identity());
    }

    /** As above, on the folder's directory as {@code wrap} returns it (tests: a disk that fills up). */
    static LuceneCatalogStore open(Path folder, Analyzer analyzer, DocumentFields fields,
                                   Consumer<IndexWriterConfig> tuning, UnaryOperator<Directory> wrap) {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(tuning, "tuning");
        Objects.requireNonNull(fields, "fields");
        Directory directory = null;
        try {
            Files.createDirectories(folder);
            directory = wrap.apply(FSDirectory.open(folder));
            Supplier<IndexWriterConfig> configs = () -> {
                IndexWriterConfig config = new IndexWriterConfig(analyzer);
                tuning.accept(config);
                return config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        // Only an explicit commit carries a checkpoint; closing must not commit documents without one.
                        .setCommitOnClose(false);
            };
            return new LuceneCatalogStore(folder, fields, directory, configs);
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new IllegalStateException("the catalog index " + folder + " is in use by another process; every "
                    + "instance needs its own state folder (talent.state.dir)", e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new UncheckedIOException("cannot open the catalog index " + folder, e);
        }
    }

    @Override
    public void upsert(String id, String json) {
        Document doc = new Document();
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new StoredField(JSON, json));
        fields.addTo(doc, id, json);
        try {
            engine.writer().updateDocument(new Term(ID, id), doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + id + " to the catalog index " + folder, e);
        }
        unpublished.put(id, json);
    }

    @Override
    public void delete(String id) {
        try {
            engine.writer().deleteDocuments(new Term(ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + id + " from the catalog index " + folder, e);
        }
        unpublished.put(id, DELETED);
    }

    @Override
    public void deleteAll() {
        try {
            Engine current = engine;
            current.writer().deleteAll();
            current.searchers().maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the catalog index " + folder, e);
        }
        unpublished.clear();
    }

    @Override
    public void publish() {
        if (unpublished.isEmpty()) {
            return;
        }
        try {
            engine.searchers().maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the catalog index " + folder, e);
        }
        unpublished.clear();
    }

    @Override
    public void commit(CatalogCheckpoint checkpoint) {
        commit(checkpoint, Map.of());
    }

    /**
     * Commits as {@link #commit(CatalogCheckpoint)}, with the service's own entries in the same commit's user data
     * (what its documents depend on, such as the encoder that made their vectors); {@link #commitData()} reads them
     * back. The checkpoint's keys ({@value #USER_DATA_PREFIX} then {@code cluster-id}, {@code offset.},
     * {@code recent-event-ids.}) are the store's and win over a service entry of the same name.
     */
    public void commit(CatalogCheckpoint checkpoint, Map<String, String> serviceData) {
        Map<String, String> data = new HashMap<>(serviceData);
        data.putAll(checkpoint.toStrings(USER_DATA_PREFIX));
        IndexWriter writer = engine.writer();
        try {
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the catalog index " + folder, e);
        }
        committed = checkpoint;
    }

    /** The user data of the last commit: the checkpoint's entries and the service's own. */
    public Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = engine.writer().getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    @Override
    public CatalogCheckpoint checkpoint() {
        return committed;
    }

    /**
     * Whether a tragic failure (a flush that failed, e.g. on a full disk) closed the writer: nothing can be written
     * until {@link #recover()} reopens it.
     */
    public boolean broken() {
        IndexWriter writer = engine.writer();
        return !writer.isOpen() || writer.getTragicException() != null;
    }

    /**
     * Reopens the writer and the readers on the last commit when a tragic failure closed the writer (nothing to do
     * otherwise): the changes since that commit are gone and {@link #checkpoint()} is that commit's, so the caller
     * replays from it. Throws while the index cannot be opened (the disk still refuses); the old view keeps
     * serving reads meanwhile. Called by the writer thread only.
     */
    @Override
    public void recover() {
        Engine old = engine;
        if (!broken()) {
            return;
        }
        Engine fresh;
        try {
            fresh = openEngine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reopen the catalog index " + folder + " after "
                    + old.writer().getTragicException(), e);
        }
        CatalogCheckpoint last = parse(fresh.writer().getLiveCommitData());
        unpublished.clear();
        engine = fresh;
        committed = last;
        try {
            old.searchers().close();
        } catch (IOException | RuntimeException e) {
            LOG.debugf(e, "closing the readers of the failed writer of %s", folder);
        }
        LOG.infof("Catalog index %s reopened on its last commit after a fatal write failure (%s); what came after "
                + "offsets %s is read again", folder, old.writer().getTragicException(), last.offsets());
    }

    @Override
    public Optional<String> get(String id) {
        String pending = unpublished.get(id);
        if (pending != null) {
            return pending.equals(DELETED) ? Optional.empty() : Optional.of(pending);
        }
        IndexSearcher searcher = acquire();
        try {
            TopDocs found = searcher.search(new TermQuery(new Term(ID, id)), 1);
            if (found.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(searcher.storedFields().document(found.scoreDocs[0].doc).get(JSON));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + id + " from the catalog index " + folder, e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public void forEach(BiConsumer<String, String> idAndJson) {
        IndexSearcher searcher = acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                Bits live = reader.getLiveDocs();
                StoredFields fields = reader.storedFields();
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        Document d = fields.document(doc);
                        idAndJson.accept(d.get(ID), d.get(JSON));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog index " + folder, e);
        } finally {
            release(searcher);
        }
    }

    /**
     * Runs {@code search} on the published view (what {@link #publish()} last made visible); the searcher is only
     * valid during the call. Read a hit's entity from the stored field {@value #JSON}.
     */
    public <R> R search(Search<R> search) {
        IndexSearcher searcher = acquire();
        try {
            return search.run(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the catalog index " + folder, e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public long count() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    @Override
    public void close() {
        try {
            Engine current = engine;
            current.searchers().close();
            current.writer().rollback();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the catalog index " + folder, e);
        } finally {
            closeQuietly(directory);
        }
    }

    static CatalogCheckpoint parse(Iterable<Map.Entry<String, String>> userData) {
        return CatalogCheckpoint.fromStrings(userData, USER_DATA_PREFIX);
    }

    /** Merges the index into at most {@code segments} segments and publishes it (the end of a bulk load). */
    public void forceMerge(int segments) {
        try {
            Engine current = engine;
            current.writer().forceMerge(segments);
            current.searchers().maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge the catalog index " + folder, e);
        }
    }

    private IndexSearcher acquire() {
        try {
            while (true) {
                Engine current = engine;
                try {
                    return current.searchers().acquire();
                } catch (AlreadyClosedException e) {
                    // recover() replaced the engine between the read and the acquire: take the new one
                    if (engine == current) {
                        throw e;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a reader on the catalog index " + folder, e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            // release only decrements the reader's count, so the manager of a replaced engine is not needed
            engine.searchers().release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release a reader of the catalog index " + folder, e);
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // the original failure is what the caller needs to see
            }
        }
    }
}
