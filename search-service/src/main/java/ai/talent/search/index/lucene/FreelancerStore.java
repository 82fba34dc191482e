package ai.talent.search.index.lucene;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Nullable;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.service.state.StateJson;
import ai.talent.service.state.catalog.CatalogCheckpoint;
import ai.talent.service.state.catalog.CatalogStore;
import ai.talent.service.state.catalog.LuceneCatalogStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.jboss.logging.Logger;

/**
 * Search's freelancers catalog on the embedded index: shared-service's {@link LuceneCatalogStore} with the search
 * fields (Nori and standard text, keywords, numbers, the profile vector) on every document, so the index a search
 * reads is the catalog the follower writes, committed in one step with the topic offsets it reflects. A restart
 * opens the committed index and resumes after its checkpoint: nothing is re-analysed or re-encoded.
 *
 * <p>The store lives in generations under the catalog's folder ({@code gen-<n>/}, {@code CURRENT} names the live
 * one), so that {@link #rebuild()} can fill the next generation while the follower writes and searches read the
 * live one, then switch atomically (a rename of {@code CURRENT}): a crash at any point leaves either the old or the
 * new generation live, never a half-built one.
 *
 * <p>Each generation records which encoder made its vectors ({@code <generation>.vectors} beside it: the dense
 * encoder's fingerprint, model + version + window), written before the generation goes live, so a service started
 * with another encoder sees that the live vectors are not its own and rebuilds instead of mixing two vector spaces.
 */
public final class FreelancerStore implements CatalogStore {

    private static final Logger LOG = Logger.getLogger(FreelancerStore.class);
    /** Profiles a rebuild encodes per encoder call. */
    private static final int REBUILD_BATCH = 64;
    static final String CURRENT = "CURRENT";
    /** Suffix of the file beside a generation naming the encoder that made its vectors. */
    static final String VECTORS = ".vectors";
    /** Stands for "index this profile without a vector" among the precomputed vectors. */
    private static final float[] NO_VECTOR = new float[0];
    /** More segments than this after a catch-up are merged into one ({@link #caughtUp()}). */
    static final int MERGE_ABOVE_SEGMENTS = 2;
    /** Fewest profiles worth a thread of their own: below this a batch is written on the calling thread alone. */
    private static final int PROFILES_PER_LANE = 32;

    private final Path root;
    private final int dimension;
    private final SkillTaxonomy taxonomy;
    private final LuceneSettings settings;
    /** Nori's tokens of each skill's names, analysed once for every profile that declares the skill. */
    private final SkillNameTokens skillNameTokens;
    /** Profile vectors of a batch, in order (one encoder call per batch: padding-sorted windows, one forward each). */
    private final @Nullable Function<List<Freelancer>, float[][]> encoder;
    /** The fingerprint of {@code encoder}'s vectors, recorded with every generation this store builds. */
    private final @Nullable String encoderSpace;
    /**
     * The profile this thread is writing, taken by its document's fields: parsed once and its vector computed with
     * its whole batch beforehand, so writing a document neither parses its JSON back nor encodes it. Per thread, so
     * a rebuild copying one version of a profile and the follower writing the next never take each other's.
     */
    private final ThreadLocal<Prepared> prepared = new ThreadLocal<>();
    /**
     * Profiles the follower wrote that still need their vectors (id → parsed profile and its JSON, in write order):
     * encoded as one batch and written when the batch is published or committed. {@link #get} sees them.
     */
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    /** Writes and the generation switch: the follower's writes and searches share it, the switch takes it alone. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    /**
     * The threads beside the caller that write a large batch (index-threads − 1; none for one): each analyses its
     * share of the profiles and adds them to the HNSW graph, which Lucene's IndexWriter does on the adding thread.
     */
    private final @Nullable ExecutorService lanes;
    /** Counts down when the merge {@link #caughtUp()} started has ended (tests wait on it). */
    private final CountDownLatch merges = new CountDownLatch(1);
    private volatile LuceneCatalogStore current;
    private volatile String generation;
    /** Ids written since a rebuild started copying (null when none runs). */
    private volatile Set<String> touched;

    /** A profile ready to be written: parsed, with its vector ({@link #NO_VECTOR}: none). */
    private record Prepared(Freelancer freelancer, float[] vector) {
    }

    /** A profile written by the follower, parsed, waiting for its batch's encoding. */
    private record Pending(Freelancer freelancer, String json) {
    }

    private FreelancerStore(Path root, int dimension, SkillTaxonomy taxonomy, LuceneSettings settings,
                            @Nullable Function<List<Freelancer>, float[][]> encoder, @Nullable String encoderSpace) {
        this.root = root;
        this.dimension = dimension;
        this.taxonomy = taxonomy;
        this.settings = settings;
        this.skillNameTokens = new SkillNameTokens(LuceneBackend.analyzer(), taxonomy);
        this.encoder = encoder;
        this.encoderSpace = encoderSpace;
        this.lanes = settings.indexThreads() > 1 ? lanes(settings.indexThreads() - 1) : null;
        this.generation = currentGeneration();
        this.current = openGeneration(generation);
        if (encoderSpace != null && vectorSpace().isEmpty() && current.count() == 0) {
            recordVectorSpace(encoderSpace);
        }
    }

    /**
     * Opens (or creates) the store in {@code root}, the catalog's folder. {@code encoder} computes a profile's
     * vector when the writer brings none (null: no vectors, the dense leg is off).
     */
    public static FreelancerStore open(Path root, int dimension, SkillTaxonomy taxonomy, LuceneSettings settings,
                                       @Nullable Function<Freelancer, float[]> encoder) {
        return new FreelancerStore(root, dimension, taxonomy, settings, each(encoder), null);
    }

    /**
     * As {@link #open(Path, int, SkillTaxonomy, LuceneSettings, Function)}, recording {@code encoderSpace} (the
     * encoder's fingerprint) as the vector space of a new, empty generation and of every rebuilt one.
     */
    public static FreelancerStore open(Path root, int dimension, SkillTaxonomy taxonomy, LuceneSettings settings,
                                       @Nullable Function<Freelancer, float[]> encoder, @Nullable String encoderSpace) {
        return new FreelancerStore(root, dimension, taxonomy, settings, each(encoder), encoderSpace);
    }

    /**
     * As {@link #open(Path, int, SkillTaxonomy, LuceneSettings, Function, String)} with an encoder of whole batches
     * (the service: {@code DenseEncoder::profiles}), which the follower's batches and a rebuild's are encoded with.
     */
    public static FreelancerStore openBatched(Path root, int dimension, SkillTaxonomy taxonomy, LuceneSettings settings,
                                              @Nullable Function<List<Freelancer>, float[][]> encoder,
                                              @Nullable String encoderSpace) {
        return new FreelancerStore(root, dimension, taxonomy, settings, encoder, encoderSpace);
    }

    private static @Nullable Function<List<Freelancer>, float[][]> each(@Nullable Function<Freelancer, float[]> encoder) {
        return encoder == null ? null : batch -> {
            float[][] out = new float[batch.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = encoder.apply(batch.get(i));
            }
            return out;
        };
    }

    public LuceneSettings settings() {
        return settings;
    }

    /** Which encoder made the live generation's vectors; empty when nothing was recorded (an older index). */
    public Optional<String> vectorSpace() {
        Path file = root.resolve(generation + VECTORS);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Records which encoder makes the live generation's vectors from now on. */
    public void recordVectorSpace(String fingerprint) {
        writeVectorSpace(generation, fingerprint);
    }

    private void writeVectorSpace(String gen, String fingerprint) {
        Path file = root.resolve(gen + VECTORS);
        try {
            Path tmp = root.resolve(gen + VECTORS + ".tmp");
            Files.writeString(tmp, fingerprint, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    public int dimension() {
        return dimension;
    }

    /** Writes a profile with a vector computed beforehand (null: without a vector), as the state of its entity. */
    public void upsert(Freelancer freelancer, @Nullable float[] vector) {
        upsertAll(List.of(freelancer), vector == null ? null : new float[][] {vector});
    }

    /**
     * The bulk write: profiles with their vectors computed beforehand ({@code vectors} null, or an entry null:
     * without a vector), each as the state of its entity (an upsert by id, so writing one again changes nothing).
     * Each JSON is written once and never parsed back. A vector of the wrong dimension refuses the whole batch
     * before anything is written.
     */
    public void upsertAll(List<Freelancer> freelancers, @Nullable float[][] vectors) {
        for (int i = 0; vectors != null && i < vectors.length; i++) {
            checkDimension(freelancers.get(i).id(), vectors[i]);
        }
        lock.readLock().lock();
        try {
            write(freelancers, vectors);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Writes prepared profiles into the live generation; the caller holds the lock. */
    private void write(List<Freelancer> freelancers, @Nullable float[][] vectors) {
        writeAll(current, freelancers, vectors, touched, true);
    }

    /**
     * Writes profiles with their vectors ({@code vectors} null, or an entry null: none) into {@code target}. A large
     * batch is split into lanes by id, one per index thread, the caller writing one of them: a profile's writes stay
     * on one thread in batch order (a later state of it in the same batch still wins), and the call returns when
     * every lane is written, so what follows (a delete, a commit with the batch's offsets) comes after all of it.
     */
    private void writeAll(LuceneCatalogStore target, List<Freelancer> freelancers, @Nullable float[][] vectors,
                          @Nullable Set<String> touchedIds, boolean live) {
        int n = lanes == null ? 1 : Math.min(settings.indexThreads(), freelancers.size() / PROFILES_PER_LANE);
        if (n <= 1) {
            for (int i = 0; i < freelancers.size(); i++) {
                writeOne(target, freelancers.get(i), vectors, i, touchedIds, live);
            }
            return;
        }
        List<List<Integer>> byLane = new ArrayList<>(n);
        for (int l = 0; l < n; l++) {
            byLane.add(new ArrayList<>(freelancers.size() / n + 1));
        }
        for (int i = 0; i < freelancers.size(); i++) {
            byLane.get(Math.floorMod(freelancers.get(i).id().hashCode(), n)).add(i);
        }
        List<Future<?>> others = new ArrayList<>(n - 1);
        RuntimeException failure = null;
        try {
            for (int l = 1; l < n; l++) {
                List<Integer> lane = byLane.get(l);
                others.add(lanes.submit(() -> {
                    for (int i : lane) {
                        writeOne(target, freelancers.get(i), vectors, i, touchedIds, live);
                    }
                }));
            }
        } catch (RejectedExecutionException e) {
            failure = new IllegalStateException("the freelancers index is closed", e);
        }
        if (failure == null) {
            try {
                for (int i : byLane.get(0)) {
                    writeOne(target, freelancers.get(i), vectors, i, touchedIds, live);
                }
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        // Every lane finishes before the batch counts as written (or as failed): nothing of it is left running.
        for (Future<?> lane : others) {
            try {
                getUninterruptibly(lane);
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r
                            : new IllegalStateException("writing a batch of profiles failed", e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void writeOne(LuceneCatalogStore target, Freelancer f, @Nullable float[][] vectors, int i,
                          @Nullable Set<String> touchedIds, boolean live) {
        float[] vector = vectors == null || vectors[i] == null ? NO_VECTOR : vectors[i];
        if (live) {
            synchronized (pending) {
                pending.remove(f.id());
            }
        }
        prepared.set(new Prepared(f, vector));
        try {
            target.upsert(f.id(), StateJson.write(f));
        } finally {
            prepared.remove();
        }
        if (touchedIds != null) {
            touchedIds.add(f.id());
        }
    }

    private static void getUninterruptibly(Future<?> future) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    future.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ExecutorService lanes(int threads) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "search-index-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The follower's write: the profile is parsed now (a malformed one is refused here, and the follower skips its
     * event) and, when the store encodes, kept until its batch is published or committed, then encoded with the
     * whole batch in one call and written ({@link #flush()}).
     */
    @Override
    public void upsert(String id, String json) {
        Freelancer f = StateJson.read(json, Freelancer.class);
        if (!f.id().equals(id)) {
            throw new IllegalArgumentException("profile " + f.id() + " written as " + id);
        }
        lock.readLock().lock();
        try {
            if (encoder == null) {
                write(List.of(f), null);
                return;
            }
            synchronized (pending) {
                pending.remove(id);
                pending.put(id, new Pending(f, json));
            }
            Set<String> t = touched;
            if (t != null) {
                t.add(id);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Encodes the follower's pending profiles as one batch and writes them. A batch the encoder fails on is encoded
     * profile by profile, and a profile that still fails is left out with a warning, as its event would have been
     * skipped before batching (its previous state, if any, stays).
     */
    private void flush() {
        List<Pending> batch;
        synchronized (pending) {
            if (pending.isEmpty()) {
                return;
            }
            batch = new ArrayList<>(pending.values());
            pending.clear();
        }
        List<Freelancer> profiles = batch.stream().map(Pending::freelancer).toList();
        float[][] vectors;
        try {
            vectors = encodeChecked(profiles);
        } catch (RuntimeException batchFailure) {
            List<Freelancer> written = new ArrayList<>();
            List<float[]> theirs = new ArrayList<>();
            for (Freelancer f : profiles) {
                try {
                    theirs.add(encodeChecked(List.of(f))[0]);
                    written.add(f);
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Freelancer %s is not indexed: its profile cannot be encoded (%s)", f.id(),
                            e.getMessage());
                }
            }
            profiles = written;
            vectors = theirs.toArray(new float[0][]);
        }
        write(profiles, vectors);
    }

    private float[][] encodeChecked(List<Freelancer> profiles) {
        float[][] vectors = encoder.apply(profiles);
        if (vectors.length != profiles.size()) {
            throw new IllegalStateException("the encoder returned " + vectors.length + " vectors for "
                    + profiles.size() + " profiles");
        }
        for (int i = 0; i < vectors.length; i++) {
            checkDimension(profiles.get(i).id(), vectors[i]);
        }
        return vectors;
    }

    private void checkDimension(String id, @Nullable float[] vector) {
        if (vector != null && vector != NO_VECTOR && vector.length != dimension) {
            throw new IllegalArgumentException("vector of " + id + " has " + vector.length
                    + " dimensions, the index holds " + dimension);
        }
    }

    @Override
    public void delete(String id) {
        lock.readLock().lock();
        try {
            synchronized (pending) {
                pending.remove(id);
            }
            current.delete(id);
            Set<String> t = touched;
            if (t != null) {
                t.add(id);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void deleteAll() {
        lock.readLock().lock();
        try {
            synchronized (pending) {
                pending.clear();
            }
            current.deleteAll();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void publish() {
        lock.readLock().lock();
        try {
            flush();
            current.publish();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void commit(CatalogCheckpoint checkpoint) {
        lock.readLock().lock();
        try {
            flush();
            current.commit(checkpoint);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public CatalogCheckpoint checkpoint() {
        return current.checkpoint();
    }

    /** Reopens the live generation on its last commit after a fatal write failure (see LuceneCatalogStore). */
    @Override
    public void recover() {
        lock.readLock().lock();
        try {
            if (current.broken()) {
                synchronized (pending) {
                    pending.clear();
                }
                current.recover();
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Optional<String> get(String id) {
        lock.readLock().lock();
        try {
            synchronized (pending) {
                Pending p = pending.get(id);
                if (p != null) {
                    return Optional.of(p.json());
                }
            }
            return current.get(id);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void forEach(BiConsumer<String, String> idAndJson) {
        lock.readLock().lock();
        try {
            current.forEach(idAndJson);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public long count() {
        lock.readLock().lock();
        try {
            return current.count();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs a query on the published view of the live generation; the searcher is valid during the call only. */
    public <R> R search(LuceneCatalogStore.Search<R> search) {
        lock.readLock().lock();
        try {
            return current.search(search);
        } finally {
            lock.readLock().unlock();
        }
    }

    public boolean rebuilding() {
        return rebuilding.get();
    }

    /** The number of segments of the live generation's published view (each is searched, its HNSW graph too). */
    public int segments() {
        return search(s -> s.getIndexReader().leaves().size());
    }

    /**
     * Merges the live generation into at most {@code segments} segments and publishes it (what a rebuild does to
     * the new generation before it takes over); searches and writes go on meanwhile.
     */
    public void forceMerge(int segments) {
        lock.readLock().lock();
        try {
            current.forceMerge(segments);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The follower has caught up: when that left the live generation in more than {@value #MERGE_ABOVE_SEGMENTS}
     * segments (a catch-up from an empty or old checkpoint flushes one per RAM buffer), they are merged into one on a
     * background thread, as a rebuild merges its generation, so each search walks one HNSW graph instead of one per
     * segment. Searches and the follower's writes go on meanwhile (the merged segment is published when done and
     * committed with the follower's next commit); a rebuild that replaces the generation meanwhile aborts it.
     */
    @Override
    public void caughtUp() {
        LuceneCatalogStore live = current;
        if (closed.get() || rebuilding.get() || segments() <= MERGE_ABOVE_SEGMENTS) {
            return;
        }
        Thread merge = new Thread(() -> {
            long start = System.nanoTime();
            int before = segments();
            try {
                live.forceMerge(1);
                LOG.infof("Freelancers index: the %d segments the catch-up left merged into one in %d ms", before,
                        (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                if (live == current && !closed.get()) {
                    LOG.warnf(e, "Freelancers index: merging the segments after the catch-up failed (searches go on "
                            + "over %d segments)", before);
                } else {
                    LOG.debugf("Freelancers index: the merge after the catch-up stopped with its generation: %s", e);
                }
            } finally {
                merges.countDown();
            }
        }, "search-merge");
        merge.setDaemon(true);
        merge.start();
    }

    /** Waits at most {@code seconds} for the merge after the catch-up, if one was started; false if it did not end. */
    boolean awaitMergeAfterCatchUp(long seconds) throws InterruptedException {
        return merges.await(seconds, TimeUnit.SECONDS);
    }

    /** The folder name of the live generation. */
    public String generation() {
        return generation;
    }

    /**
     * Rebuilds the index into the next generation with no downtime: every published profile is re-analysed and
     * re-encoded into it while the follower goes on writing and searches go on reading the live one; then, under a
     * short write pause, the profiles written meanwhile are copied again, the new generation is committed with the
     * live one's checkpoint (documents ahead of their checkpoint are harmless: the follower replays by id) and
     * takes over atomically; the old one is deleted. The copy is merged into one segment before the pause, so the
     * new generation's searches walk one HNSW graph, not one per segment the bulk copy flushed.
     *
     * @return the number of freelancers in the new generation
     */
    public long rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            throw new IllegalStateException("a rebuild is already running");
        }
        Set<String> seen = ConcurrentHashMap.newKeySet();
        String nextGeneration = "gen-" + (number(generation) + 1);
        LuceneCatalogStore next = null;
        try {
            deleteRecursively(root.resolve(nextGeneration));
            next = openGeneration(nextGeneration);
            LuceneCatalogStore target = next;
            LuceneCatalogStore live = current;
            // From here every write is either published before the copy reads the live view, or named in seen.
            lock.writeLock().lock();
            try {
                touched = seen;
                live.publish();
            } finally {
                lock.writeLock().unlock();
            }
            List<Freelancer> batch = new ArrayList<>(REBUILD_BATCH);
            live.forEach((id, json) -> {
                batch.add(StateJson.read(json, Freelancer.class));
                if (batch.size() == REBUILD_BATCH) {
                    copy(target, batch);
                }
            });
            copy(target, batch);
            target.forceMerge(1);
            LuceneCatalogStore old;
            lock.writeLock().lock();
            try {
                flush();
                for (String id : seen) {
                    live.get(id).ifPresentOrElse(json -> batch.add(StateJson.read(json, Freelancer.class)),
                            () -> target.delete(id));
                }
                copy(target, batch);
                target.publish();
                target.commit(live.checkpoint());
                if (encoderSpace != null) {
                    writeVectorSpace(nextGeneration, encoderSpace);
                }
                Path tmp = root.resolve(CURRENT + ".tmp");
                Files.writeString(tmp, nextGeneration, StandardCharsets.UTF_8);
                Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                old = live;
                String oldGeneration = generation;
                current = target;
                generation = nextGeneration;
                next = null;
                old.close();
                deleteRecursively(root.resolve(oldGeneration));
                Files.deleteIfExists(root.resolve(oldGeneration + VECTORS));
            } finally {
                lock.writeLock().unlock();
            }
            return count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot switch the index generation in " + root + ": " + e.getMessage(), e);
        } finally {
            touched = null;
            if (next != null) {
                next.close();
                deleteRecursively(root.resolve(nextGeneration));
                try {
                    Files.deleteIfExists(root.resolve(nextGeneration + VECTORS));
                } catch (IOException e) {
                    // a stale record of a generation that never went live is overwritten by the next rebuild
                }
            }
            rebuilding.set(false);
        }
    }

    /** Copies a batch of profiles into {@code target}, encoded in one call; empties the batch. */
    private void copy(LuceneCatalogStore target, List<Freelancer> batch) {
        if (batch.isEmpty()) {
            return;
        }
        float[][] vectors = encoder == null ? null : encodeChecked(batch);
        writeAll(target, batch, vectors, null, false);
        batch.clear();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            lock.writeLock().lock();
            try {
                current.close();
            } finally {
                lock.writeLock().unlock();
                if (lanes != null) {
                    lanes.shutdown();
                }
            }
        }
    }

    private LuceneCatalogStore openGeneration(String name) {
        return LuceneCatalogStore.open(root.resolve(name), LuceneBackend.analyzer(), this::addFields,
                config -> config.setRAMBufferSizeMB(settings.ramBufferMb()).setCodec(codec(settings)));
    }

    /** The search fields of a profile, beside the store's id and JSON; its vector precomputed or encoded now. */
    private void addFields(Document document, String id, String json) {
        Prepared mine = prepared.get();
        Prepared p = mine != null && mine.freelancer().id().equals(id) ? mine : null;
        Freelancer f = p == null ? StateJson.read(json, Freelancer.class) : p.freelancer();
        float[] vector = p != null ? p.vector() : encoder == null ? NO_VECTOR : encodeChecked(List.of(f))[0];
        checkDimension(id, vector);
        LuceneFields.addSearchFields(document, f, vector == NO_VECTOR ? null : vector, taxonomy, skillNameTokens);
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

    private String currentGeneration() {
        Path pointer = root.resolve(CURRENT);
        try {
            if (Files.exists(pointer)) {
                return Files.readString(pointer, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(root);
            Files.writeString(pointer, "gen-1", StandardCharsets.UTF_8);
            return "gen-1";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index generation in " + root + ": " + e.getMessage(), e);
        }
    }

    private static int number(String generation) {
        try {
            return Integer.parseInt(generation.substring(generation.indexOf('-') + 1));
        } catch (RuntimeException e) {
            return 1;
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
