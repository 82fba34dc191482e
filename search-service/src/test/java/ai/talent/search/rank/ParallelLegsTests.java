package ai.talent.search.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Region;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.search.eval.SimulatedSearchSet;
import ai.talent.search.index.Filters;
import ai.talent.search.index.IndexedFreelancer;
import ai.talent.search.index.SearchBackend;
import ai.talent.search.index.SortOrder;
import ai.talent.search.index.TestEncoder;
import ai.talent.search.index.lucene.LuceneBackend;
import ai.talent.search.index.lucene.LuceneSettings;
import ai.talent.search.query.QueryParser;
import ai.talent.service.state.StateUnavailableException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The BM25 leg on the leg executor, beside the query encoding and the kNN leg, gives the same answers as the legs one
 * after the other: the same hits in the same order with the same scores, legs, "why" and facets, on simulated
 * queries in Korean, English and mixed, in every mode, sort and page. The profile vectors are seeded random unit
 * vectors (the test compares two orderings of one index, not their quality), the query vectors MiniLM's.
 */
class ParallelLegsTests {

    private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();

    @TempDir
    static Path dir;

    private static SimulatedSearchSet set;
    private static LuceneBackend index;
    private static LegExecutor legs;
    /** The threads the parallel searcher's BM25 leg ran on. */
    private static final Set<String> lexicalThreads = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void indexSimulatedProfiles() {
        set = SimulatedSearchSet.generate(300, 20, 5);
        int dimension = TestEncoder.get().dimension();
        index = new LuceneBackend(dir.resolve("index"), dimension, TAXONOMY, LuceneSettings.defaults());
        Random random = new Random(5);
        List<IndexedFreelancer> docs = new ArrayList<>();
        for (Freelancer f : set.freelancers()) {
            docs.add(new IndexedFreelancer(f, unit(random, dimension), 1));
        }
        index.upsert(docs);
        index.refresh();
        legs = new LegExecutor(2);
    }

    @AfterAll
    static void close() {
        legs.close();
        index.close();
    }

    @Test
    void parallelLegsGiveTheSameHitsInTheSameOrderAsLegsOneAfterTheOther() {
        HybridSearcher sequential = searcher(index);
        HybridSearcher parallel = searcher(recordingLexicalThreads(index)).legsOn(legs);
        int compared = 0;
        for (SimulatedSearchSet.JudgedQuery q : set.queries()) {
            for (RetrievalMode mode : RetrievalMode.values()) {
                SearchRequest request = new SearchRequest(q.text(), Filters.none(), 1, 20, SortOrder.RELEVANCE, mode);
                assertThat(parallel.search(request)).as("%s, %s", q.text(), mode).isEqualTo(sequential.search(request));
                compared++;
            }
            SearchRequest page2 = new SearchRequest(q.text(), Filters.none(), 2, 10, SortOrder.RATING, null);
            assertThat(parallel.search(page2)).as("%s, page 2 by rating", q.text()).isEqualTo(sequential.search(page2));
            Filters seoul = new Filters(null, Set.of(Region.SEOUL), null, null, 60_000L, null, null, null, false, null);
            SearchRequest filtered = new SearchRequest(q.text(), seoul, 1, 10, SortOrder.RELEVANCE, null);
            assertThat(parallel.search(filtered)).as("%s, filtered", q.text()).isEqualTo(sequential.search(filtered));
            compared += 2;
        }
        for (Freelancer f : set.freelancers().subList(0, 4)) {
            assertThat(parallel.similar(f, Filters.none(), 10)).as("like %s", f.id())
                    .isEqualTo(sequential.similar(f, Filters.none(), 10));
        }
        assertThat(compared).isGreaterThan(60);
        assertThat(lexicalThreads).as("the BM25 leg ran on the leg executor").anyMatch(t -> t.startsWith("search-leg-"));
    }

    @Test
    void aFailingBm25LegFailsTheSearchWithItsOwnException() {
        SearchBackend failing = (SearchBackend) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SearchBackend.class}, (proxy, method, args) -> {
                    if (method.getName().equals("lexical")) {
                        throw new StateUnavailableException("the index is not answering", new IOException("down"));
                    }
                    return invoke(method, index, args);
                });
        HybridSearcher parallel = searcher(failing).legsOn(legs);
        assertThatThrownBy(() -> parallel.search(SearchRequest.of("React developer in Seoul", 10)))
                .isInstanceOf(StateUnavailableException.class).hasMessageContaining("not answering");
    }

    @Test
    void aLegRunsOnTheCallingThreadWhenEveryLegThreadIsBusy() throws InterruptedException {
        try (LegExecutor one = new LegExecutor(1)) {
            CountDownLatch busy = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            one.execute(() -> {
                busy.countDown();
                await(release);
            });
            assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
            AtomicReference<Thread> ranOn = new AtomicReference<>();
            one.execute(() -> ranOn.set(Thread.currentThread()));
            assertThat(ranOn.get()).isSameAs(Thread.currentThread());
            release.countDown();
        }
        LegExecutor closed = new LegExecutor(1);
        closed.close();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        closed.execute(() -> ranOn.set(Thread.currentThread()));
        assertThat(ranOn.get()).as("a closed pool runs the leg on the caller, never drops it")
                .isSameAs(Thread.currentThread());
    }

    private static HybridSearcher searcher(SearchBackend backend) {
        QueryParser parser = new QueryParser(TAXONOMY, 1400);
        return new HybridSearcher(() -> backend, TestEncoder.get(), () -> parser, TAXONOMY, FusionWeights.equal(),
                FitFactors.defaults(), HybridSearcher.Settings.defaults());
    }

    private static SearchBackend recordingLexicalThreads(SearchBackend backend) {
        return (SearchBackend) Proxy.newProxyInstance(ParallelLegsTests.class.getClassLoader(),
                new Class<?>[] {SearchBackend.class}, (proxy, method, args) -> {
                    if (method.getName().equals("lexical")) {
                        lexicalThreads.add(Thread.currentThread().getName());
                    }
                    return invoke(method, backend, args);
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static float[] unit(Random random, int dimension) {
        float[] v = new float[dimension];
        double norm = 0;
        for (int d = 0; d < dimension; d++) {
            v[d] = (float) random.nextGaussian();
            norm += v[d] * v[d];
        }
        for (int d = 0; d < dimension; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
