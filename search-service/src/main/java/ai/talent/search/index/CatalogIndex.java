package ai.talent.search.index;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.text.EncoderChoice;
import ai.talent.nn.text.EncoderSelection;
import ai.talent.search.config.SearchConfig;
import ai.talent.service.encoder.EncoderConfig;
import ai.talent.search.encode.DenseEncoder;
import ai.talent.search.index.es.ElasticsearchBackend;
import ai.talent.search.index.es.EsClients;
import ai.talent.search.index.lucene.LuceneBackend;
import ai.talent.search.index.lucene.FreelancerStore;
import ai.talent.search.index.lucene.LuceneSettings;
import ai.talent.service.state.catalog.Catalog;
import ai.talent.service.state.catalog.Catalogs;
import ai.talent.service.state.catalog.StandardCatalogs;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jboss.logging.Logger;

/**
 * The freelancer catalogue as a search index, committed with the topic offsets it reflects so that a restart
 * resumes from there. Two ways in, one per back end:
 * <ul>
 *   <li><b>Embedded Lucene</b>: the index is search's {@code freelancers} catalog (shared-service
 *       {@code Catalogs.open(definition, storeFactory)} with a {@link FreelancerStore}): its follower reads every
 *       partition on every replica, writes each profile (encoded on the way in) and commits the index with its
 *       offsets; readiness waits for it to catch up.</li>
 *   <li><b>Elasticsearch</b>: one index shared by every replica, written once through the consumer group
 *       ({@link #upsert}, {@link #delete}, {@link #skip}) with the record offset as external version, committed
 *       every few seconds with the group's offsets in the mapping's {@code _meta}.</li>
 * </ul>
 * A rebuild fills a new generation while searches and writes go on, replays the freelancers written meanwhile,
 * then switches atomically (an alias swap on Elasticsearch, a rename of {@code CURRENT} on Lucene).
 *
 * <p>The index records which encoder made its vectors ({@link DenseEncoder#fingerprint()}). When the service starts
 * with another encoder (the suite's {@code talent.encoder.choice} resolved to another model or version), the dense leg
 * is off until the vectors are the encoder's again — queries of one space are never compared with profiles of
 * another: the embedded index (each replica's own) rebuilds itself at once; the shared Elasticsearch index is rebuilt
 * on request ({@code ./talent search reindex}, one replica), since every replica would otherwise start its own.
 */
@Startup
@ApplicationScoped
public class CatalogIndex {

    private static final Logger LOG = Logger.getLogger(CatalogIndex.class);
    private static final int REBUILD_BATCH = 64;
    /** What an index without a record was encoded with: MiniLM, in 256-token windows, the only encoder before. */
    static final String LEGACY_VECTORS = "all-MiniLM-L6-v2/chunks-256";

    private final SkillTaxonomy taxonomy = SkillTaxonomy.standard();
    private final DenseEncoder encoder;
    private final ReentrantReadWriteLock switchLock = new ReentrantReadWriteLock();
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final AtomicBoolean uncommitted = new AtomicBoolean();
    private final FreelancerStore store;
    private final Catalog<Freelancer> catalog;
    private final ElasticsearchClient esClient;
    private volatile SearchBackend backend;
    private volatile Checkpoint applied;
    private volatile Set<String> touched;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    /** Whether the index's vectors are the encoder's (false while a changed encoder's rebuild is pending). */
    private volatile boolean vectorsCurrent = true;

    @Inject
    public CatalogIndex(SearchConfig config, EncoderConfig encoders, Catalogs catalogs) {
        String name = config.encoder().name().trim().toLowerCase(java.util.Locale.ROOT);
        if (!name.equals("none") && !name.equals("chosen")) {
            throw new IllegalArgumentException("talent.search.encoder.name must be chosen or none, was '"
                    + config.encoder().name() + "' (choose the encoder itself with talent.encoder.choice)");
        }
        this.encoder = name.equals("none") ? null
                : DenseEncoder.of(EncoderSelection.resolve(EncoderChoice.parse(encoders.choice()), encoders.registry()),
                        taxonomy, config.encoder().chunkTokens(), config.encoder().cacheSize(),
                        DenseEncoder.engine(config.encoder().engine()));
        int dimension = encoder == null ? 384 : encoder.dimension();
        String kind = config.backend().trim().toLowerCase(java.util.Locale.ROOT);
        boolean es = kind.equals("elasticsearch") || (kind.equals("auto") && config.elasticsearch().url().isPresent());
        if (!es && !kind.equals("auto") && !kind.equals("lucene")) {
            throw new IllegalArgumentException("talent.search.backend must be auto, lucene or elasticsearch, was '"
                    + config.backend() + "'");
        }
        if (es) {
            String url = config.elasticsearch().url().orElseThrow(() -> new IllegalArgumentException(
                    "talent.search.backend=elasticsearch needs talent.search.elasticsearch.url (ELASTICSEARCH_URL)"));
            this.esClient = EsClients.connect(url, config.elasticsearch());
            this.store = null;
            this.catalog = null;
            this.backend = new ElasticsearchBackend(esClient, config.elasticsearch().index(), dimension, taxonomy,
                    config.knnCandidatesFactor());
        } else {
            this.esClient = null;
            SearchConfig.Lucene l = config.lucene();
            LuceneSettings settings = new LuceneSettings(l.hnswM(), l.hnswBeamWidth(), l.quantized(), l.ramBufferMb(),
                    config.knnCandidatesFactor(), l.indexThreads());
            DenseEncoder profiles = encoder;
            FreelancerStore[] opened = new FreelancerStore[1];
            this.catalog = catalogs.open(StandardCatalogs.freelancers(), folder -> opened[0] = FreelancerStore.openBatched(
                    folder, dimension, taxonomy, settings, profiles == null ? null : profiles::profiles,
                    profiles == null ? null : profiles.fingerprint()));
            this.store = opened[0];
            this.backend = new LuceneBackend(store);
        }
        this.applied = backend.checkpoint();
        LOG.infof("Search index: %s with %d freelancers, checkpoint %s, dense encoder %s%s", backend.name(),
                backend.count(), applied.offsets(), encoder == null ? "none" : encoder.selection().description(),
                encoder == null ? "" : encoder.readsHangul() ? ", reads Hangul" : ", no Korean units");
        checkVectorSpace();
    }

    /**
     * Compares the encoder with the one that made the index's vectors. An index without a record holds MiniLM's
     * (the only encoder before encoders were recorded), unless it is empty: then it is the current encoder's.
     */
    private void checkVectorSpace() {
        if (encoder == null) {
            return;
        }
        String mine = encoder.fingerprint();
        Optional<String> recorded = backend.vectorSpace();
        if (recorded.isEmpty() && backend.count() == 0) {
            backend.recordVectorSpace(mine);
            return;
        }
        String theirs = recorded.orElse(LEGACY_VECTORS);
        if (theirs.equals(mine)) {
            return;
        }
        vectorsCurrent = false;
        if (store == null) {
            LOG.warnf("The search index holds vectors of %s, the dense encoder is %s: the dense leg is off until the "
                    + "index is rebuilt (./talent search reindex)", theirs, mine);
            return;
        }
        LOG.infof("The search index holds vectors of %s, the dense encoder is %s: rebuilding it (the dense leg is off "
                + "meanwhile)", theirs, mine);
        Thread.ofPlatform().daemon().name("search-index-encoder-rebuild").start(() -> {
            try {
                rebuild();
            } catch (RuntimeException e) {
                LOG.errorf(e, "Rebuilding the search index for %s failed; the dense leg stays off", mine);
            }
        });
    }

    /** Whether the index's vectors are the dense encoder's, so the dense leg may run. */
    public boolean vectorsCurrent() {
        return vectorsCurrent;
    }

    /** Which encoder made the index's vectors, as recorded. */
    public Optional<String> vectorSpace() {
        return backend.vectorSpace();
    }

    /** A catalogue over a back end opened elsewhere (tests, tools); without an encoder the dense leg is off. */
    public CatalogIndex(SearchBackend backend, DenseEncoder encoder) {
        this.encoder = encoder;
        this.esClient = null;
        this.store = null;
        this.catalog = null;
        this.backend = backend;
        this.applied = backend.checkpoint();
    }

    /**
     * Whether the index is a catalog with its own follower (embedded Lucene): the consumer group then only checks
     * records and dead-letters the bad ones; otherwise (Elasticsearch) the group writes the index.
     */
    public boolean followsCatalog() {
        return catalog != null;
    }

    public SearchBackend backend() {
        return backend;
    }

    public DenseEncoder encoder() {
        return encoder;
    }

    /** The offsets of the last commit: where the consumer resumes. */
    public Checkpoint committed() {
        return backend.checkpoint();
    }

    /** Indexes a profile (encoding it first) as the state after record {@code offset} of the partition. */
    public void upsert(Freelancer f, String topic, int partition, long offset) {
        float[] vector = encoder == null ? null : encoder.profile(f);
        write(topic, partition, offset, b -> b.upsert(List.of(new IndexedFreelancer(f, vector, offset))), f.id());
    }

    public void delete(String id, String topic, int partition, long offset) {
        write(topic, partition, offset, b -> b.delete(id, offset), id);
    }

    /** A record that changed nothing (a duplicate, or one sent to the dead-letter topic) still moves the offset. */
    public void skip(String topic, int partition, long offset) {
        write(topic, partition, offset, b -> { }, null);
    }

    private void write(String topic, int partition, long offset, java.util.function.Consumer<SearchBackend> op,
                       String id) {
        switchLock.readLock().lock();
        try {
            op.accept(backend);
            Set<String> t = touched;
            if (t != null && id != null) {
                t.add(id);
            }
            synchronized (this) {
                applied = applied.after(topic, partition, offset);
            }
            dirty.set(true);
            uncommitted.set(true);
        } finally {
            switchLock.readLock().unlock();
        }
    }

    @Scheduled(every = "${talent.search.refresh-interval:200ms}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshIfDirty() {
        if (dirty.getAndSet(false)) {
            try {
                backend.refresh();
            } catch (RuntimeException e) {
                dirty.set(true);    // the store did not answer: try again on the next tick
                throw e;
            }
        }
    }

    @Scheduled(every = "${talent.search.commit-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void commitIfChanged() {
        if (uncommitted.getAndSet(false)) {
            try {
                commit();
            } catch (RuntimeException e) {
                uncommitted.set(true);    // the offsets stay to be committed once the store answers again
                throw e;
            }
        }
    }

    /** Makes every applied write searchable and durable now, with the offsets it reflects. */
    public void commit() {
        switchLock.readLock().lock();
        try {
            Checkpoint c;
            synchronized (this) {
                c = applied;
            }
            backend.refresh();
            backend.commit(c);
        } finally {
            switchLock.readLock().unlock();
        }
    }

    public boolean rebuilding() {
        return rebuilding.get();
    }

    /**
     * Rebuilds the index into a new generation with no downtime: every stored profile is re-analysed and
     * re-encoded into it while searches and writes continue on the live one; the freelancers written meanwhile
     * are copied again under a short write pause; then the new generation takes over atomically.
     *
     * @return the number of freelancers in the new generation
     */
    public long rebuild() {
        if (store != null) {
            if (!rebuilding.compareAndSet(false, true)) {
                throw new IllegalStateException("a rebuild is already running");
            }
            try {
                long count = store.rebuild();
                vectorsCurrent = true;
                LOG.infof("Rebuilt the search index: %d freelancers now served from %s", count, store.generation());
                return count;
            } finally {
                rebuilding.set(false);
            }
        }
        if (!(backend instanceof ElasticsearchBackend live)) {
            throw new IllegalStateException("this index cannot be rebuilt: it was opened outside the service");
        }
        if (!rebuilding.compareAndSet(false, true)) {
            throw new IllegalStateException("a rebuild is already running");
        }
        try {
            Set<String> seen = ConcurrentHashMap.newKeySet();
            touched = seen;
            ElasticsearchBackend next = live.nextGeneration();
            List<Freelancer> batch = new ArrayList<>();
            List<Long> versions = new ArrayList<>();
            live.forEach(doc -> {
                batch.add(doc.freelancer());
                versions.add(doc.version());
                if (batch.size() >= REBUILD_BATCH) {
                    copy(next, batch, versions);
                }
            });
            copy(next, batch, versions);
            switchLock.writeLock().lock();
            try {
                for (String id : seen) {
                    var current = live.get(id);
                    if (current.isPresent()) {
                        copy(next, new ArrayList<>(List.of(current.get().freelancer())),
                                new ArrayList<>(List.of(current.get().version())));
                    } else {
                        next.delete(id, Long.MAX_VALUE / 2);
                    }
                }
                Checkpoint c;
                synchronized (this) {
                    c = applied;
                }
                next.refresh();
                next.commit(c);
                if (encoder != null) {
                    next.recordVectorSpace(encoder.fingerprint());
                }
                live.promote(next);
                vectorsCurrent = true;
                backend = next;
                touched = null;
            } finally {
                switchLock.writeLock().unlock();
            }
            long count = next.count();
            LOG.infof("Rebuilt the search index: %d freelancers now served from %s", count, next.name());
            return count;
        } finally {
            touched = null;
            rebuilding.set(false);
        }
    }

    private void copy(SearchBackend next, List<Freelancer> batch, List<Long> versions) {
        if (batch.isEmpty()) {
            return;
        }
        float[][] vectors = encoder == null ? new float[batch.size()][] : encoder.profiles(batch);
        List<IndexedFreelancer> docs = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            docs.add(new IndexedFreelancer(batch.get(i), vectors[i], versions.get(i)));
        }
        next.upsert(docs);
        batch.clear();
        versions.clear();
    }

    @PreDestroy
    void close() {
        if (catalog == null) {
            try {
                if (uncommitted.get()) {
                    commit();
                }
            } catch (RuntimeException e) {
                LOG.warnf("Final commit of the search index failed: %s", e.getMessage());
            }
            // The catalog's store is committed and closed by Catalogs when the service stops.
            backend.close();
        }
        if (esClient != null) {
            try {
                esClient.close();
            } catch (Exception e) {
                LOG.debugf("closing the Elasticsearch client: %s", e.getMessage());
            }
        }
        if (encoder != null) {
            try {
                encoder.close();
            } catch (Exception e) {
                LOG.debugf("closing the encoder: %s", e.getMessage());
            }
        }
    }
}
