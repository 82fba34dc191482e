package ai.talent.search.index;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.search.config.SearchConfig;
import ai.talent.search.encode.DenseEncoder;
import ai.talent.search.index.es.ElasticsearchBackend;
import ai.talent.search.index.lucene.LuceneBackend;
import ai.talent.search.index.lucene.LuceneGenerations;
import ai.talent.search.index.lucene.LuceneSettings;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jboss.logging.Logger;

/**
 * The freelancer catalogue as a search index: the consumer applies profile events here (encoded on the way in),
 * searches read from here, and the index is committed every few seconds with the topic offsets it reflects, so
 * a restart resumes from there. A rebuild fills a new generation while searches and writes go on, replays the
 * freelancers written meanwhile, then switches atomically (an alias swap on Elasticsearch).
 */
@Startup
@ApplicationScoped
public class CatalogIndex {

    private static final Logger LOG = Logger.getLogger(CatalogIndex.class);
    private static final int REBUILD_BATCH = 64;

    private final SkillTaxonomy taxonomy = SkillTaxonomy.standard();
    private final DenseEncoder encoder;
    private final ReentrantReadWriteLock switchLock = new ReentrantReadWriteLock();
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final AtomicBoolean uncommitted = new AtomicBoolean();
    private final LuceneGenerations generations;
    private final ElasticsearchClient esClient;
    private volatile SearchBackend backend;
    private volatile Checkpoint applied;
    private volatile Set<String> touched;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    @Inject
    public CatalogIndex(SearchConfig config) {
        this.encoder = "none".equalsIgnoreCase(config.encoder().name()) ? null
                : DenseEncoder.miniLm(taxonomy, config.encoder().chunkTokens(), config.encoder().cacheSize());
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
            this.esClient = ElasticsearchClient.of(b -> b.host(url));
            this.generations = null;
            this.backend = new ElasticsearchBackend(esClient, config.elasticsearch().index(), dimension, taxonomy);
        } else {
            this.esClient = null;
            SearchConfig.Lucene l = config.lucene();
            this.generations = new LuceneGenerations(Path.of(l.dir()), dimension, taxonomy,
                    new LuceneSettings(l.hnswM(), l.hnswBeamWidth(), l.quantized(), 64));
            this.backend = generations.openCurrent();
        }
        this.applied = backend.checkpoint();
        LOG.infof("Search index: %s with %d freelancers, checkpoint %s, dense encoder %s", backend.name(),
                backend.count(), applied.offsets(), encoder == null ? "none" : encoder.name());
    }

    /** A catalogue over a back end opened elsewhere (tests, tools); without an encoder the dense leg is off. */
    public CatalogIndex(SearchBackend backend, DenseEncoder encoder) {
        this.encoder = encoder;
        this.esClient = null;
        this.generations = null;
        this.backend = backend;
        this.applied = backend.checkpoint();
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
            backend.refresh();
        }
    }

    @Scheduled(every = "${talent.search.commit-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void commitIfChanged() {
        if (uncommitted.getAndSet(false)) {
            commit();
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
        if (!rebuilding.compareAndSet(false, true)) {
            throw new IllegalStateException("a rebuild is already running");
        }
        try {
            Set<String> seen = ConcurrentHashMap.newKeySet();
            touched = seen;
            SearchBackend live = backend;
            SearchBackend next = live instanceof ElasticsearchBackend es ? es.nextGeneration()
                    : generations.openNext();
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
                if (live instanceof ElasticsearchBackend es) {
                    es.promote((ElasticsearchBackend) next);
                } else {
                    generations.promote((LuceneBackend) live, (LuceneBackend) next);
                }
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
        try {
            if (uncommitted.get()) {
                commit();
            }
        } catch (RuntimeException e) {
            LOG.warnf("Final commit of the search index failed: %s", e.getMessage());
        }
        backend.close();
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
