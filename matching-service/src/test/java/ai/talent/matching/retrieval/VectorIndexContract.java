package ai.talent.matching.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.event.EventCodec;
import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Money;
import ai.talent.domain.model.Region;
import ai.talent.domain.model.SkillLevel;
import ai.talent.domain.text.TextSignals;
import ai.talent.matching.text.TextVectors;
import ai.talent.matching.train.MarketHistory;
import ai.talent.matching.train.PastProject;
import ai.talent.matching.train.PoolVectors;
import ai.talent.matching.train.TestMarkets;
import ai.talent.service.state.catalog.CatalogCheckpoint;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What every vector index back end does alike (embedded Lucene, Elasticsearch): approximate search that agrees with
 * exact search, hard filters in every leg, the skill leg's levels, publish and read-your-writes, a restart that
 * keeps documents, vectors and the checkpoint, and re-embedding when the encoder changes.
 */
abstract class VectorIndexContract {

    private static MarketHistory market;
    private static PoolVectors pool;
    private static float[][] queries;
    private final EventCodec codec = new EventCodec();
    private final FreelancerKind kind = new FreelancerKind(TestMarkets.TEXTS);

    /** Opens (or creates) the index {@code name} with the encoder. */
    protected abstract VectorIndex<Freelancer> open(String name, TextVectors encoder);

    /** A name unique to the test, so that indexes of different tests never meet. */
    protected final String name = "freelancers-" + java.util.UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void market() {
        market = TestMarkets.shared();
        pool = TestMarkets.pretrainedPool(market);
        queries = TestMarkets.pretrained().embed(market.projects().stream().limit(30)
                .map(p -> TestMarkets.TEXTS.project(p.project())).toList());
    }

    protected FreelancerKind kind() {
        return kind;
    }

    private VectorIndex<Freelancer> filled(TextVectors encoder) {
        return filled(encoder, market.freelancers().size());
    }

    /** The index holding the market's first {@code n} profiles with their pretrained vectors. */
    private VectorIndex<Freelancer> filled(TextVectors encoder, int n) {
        VectorIndex<Freelancer> index = open(name, encoder);
        index.upsertEmbedded(market.freelancers().subList(0, n), java.util.Arrays.copyOf(pool.vectors(), n));
        index.publish();
        return index;
    }

    @Test
    void approximateNeighboursAgreeWithExactSearch() {
        try (VectorIndex<Freelancer> index = filled(TestMarkets.pretrained())) {
            double overlap = 0;
            for (float[] q : queries) {
                Set<String> approximate = ids(index.knn(q, IndexFilter.NONE, 20));
                Set<String> exact = ids(index.exact(q, IndexFilter.NONE, 20));
                assertThat(exact).containsExactlyInAnyOrderElementsOf(pool.nearest(q, 20));
                approximate.retainAll(exact);
                overlap += approximate.size() / 20.0 / queries.length;
            }
            assertThat(overlap).isGreaterThan(0.9);
            List<IndexHit<Freelancer>> hits = index.knn(queries[0], IndexFilter.NONE, 5);
            assertThat(hits.get(0).score()).isGreaterThanOrEqualTo(hits.get(4).score());
            assertThat(hits.get(0).score()).isCloseTo(
                    ai.talent.matching.text.Vectors.dot(queries[0], pool.vector(hits.get(0).id())),
                    org.assertj.core.api.Assertions.within(1e-4));
        }
    }

    @Test
    void everyHitCarriesItsOwnVectorAndTextSignalsAcrossSegments() {
        int n = market.freelancers().size();
        int half = n / 2;
        TextSignals signals = TextSignals.standard();
        try (VectorIndex<Freelancer> index = open(name, TestMarkets.pretrained())) {
            // two publishes: on Lucene two segments, so hits are read from more than one
            index.upsertEmbedded(market.freelancers().subList(0, half), Arrays.copyOfRange(pool.vectors(), 0, half));
            index.publish();
            index.upsertEmbedded(market.freelancers().subList(half, n), Arrays.copyOfRange(pool.vectors(), half, n));
            index.publish();
            Set<Boolean> halves = new HashSet<>();
            for (float[] q : queries) {
                List<IndexHit<Freelancer>> hits = new java.util.ArrayList<>(index.knn(q, IndexFilter.NONE, 20));
                hits.addAll(index.skillOverlap(List.of(new WantedSkill(
                        market.freelancers().get(0).skills().get(0).skillId(), 1, 1.0)), IndexFilter.NONE, 20));
                for (IndexHit<Freelancer> hit : hits) {
                    assertThat(hit.entity().id()).isEqualTo(hit.id());
                    assertThat(hit.vector()).as(hit.id()).containsExactly(pool.vector(hit.id()));
                    halves.add(market.freelancers().indexOf(hit.entity()) < half);
                    assertThat(hit.signals()).as("stored with the document").isNotNull();
                    assertThat(signals.decodeProfile(hit.signals())).isEqualTo(signals.readProfile(hit.entity()));
                }
            }
            assertThat(halves).containsExactlyInAnyOrder(true, false);
        }
    }

    @Test
    void hardFiltersHoldInEveryLeg() {
        try (VectorIndex<Freelancer> index = filled(TestMarkets.pretrained())) {
            HardFilters filters = new HardFilters(20, Set.of(Region.SEOUL, Region.GYEONGGI), 60_000L);
            IndexFilter filter = IndexFilter.of(filters);
            long eligible = market.freelancers().stream().filter(filters::accepts).count();
            assertThat(eligible).isGreaterThan(10);
            List<IndexHit<Freelancer>> dense = index.knn(queries[1], filter, 10);
            List<IndexHit<Freelancer>> exact = index.exact(queries[1], filter, 10);
            PastProject project = market.projects().get(1);
            List<IndexHit<Freelancer>> bySkill = index.skillOverlap(List.of(new WantedSkill(
                    market.freelancers().stream().filter(filters::accepts).findFirst().orElseThrow().skills().get(0)
                            .skillId(), 1, 1.0)), filter, 10);
            assertThat(dense).hasSize(10);
            assertThat(exact).hasSize(10);
            assertThat(bySkill).isNotEmpty();
            for (List<IndexHit<Freelancer>> leg : List.of(dense, exact, bySkill)) {
                assertThat(leg).allMatch(h -> filters.accepts(h.entity()), "every hit passes " + filters);
            }
            assertThat(project).isNotNull();
        }
    }

    @Test
    void theSkillLegRanksHoldersAtTheLevelAskedAboveHoldersBelowIt() {
        try (VectorIndex<Freelancer> index = filled(TestMarkets.pretrained())) {
            SkillLevel common = market.freelancers().stream().flatMap(f -> f.skills().stream())
                    .filter(s -> s.level() >= 3).findFirst().orElseThrow();
            List<IndexHit<Freelancer>> hits = index.skillOverlap(
                    List.of(new WantedSkill(common.skillId(), 3, 1.0)), IndexFilter.NONE, 400);
            assertThat(hits).isNotEmpty();
            boolean seenBelow = false;
            for (IndexHit<Freelancer> h : hits) {
                int level = h.entity().skills().stream().filter(s -> s.skillId().equals(common.skillId()))
                        .mapToInt(SkillLevel::level).max().orElseThrow();
                if (level < 3) {
                    seenBelow = true;
                } else {
                    assertThat(seenBelow).as("a holder at level ≥ 3 after one below it").isFalse();
                }
            }
        }
    }

    @Test
    void changesAreSearchableOncePublishedAndReadableAtOnce() {
        CountingVectors counting = new CountingVectors(TestMarkets.pretrained());
        try (VectorIndex<Freelancer> index = filled(counting)) {
            Freelancer newcomer = freelancer("f-new", "Wedding photographer", "I photograph weddings and portraits.");
            index.upsert(newcomer.id(), codec.encodeValue(newcomer));
            assertThat(index.entity("f-new")).contains(newcomer);
            float[] query = TestMarkets.pretrained().embed("wedding photographer for portraits");
            assertThat(ids(index.knn(query, IndexFilter.NONE, 3))).doesNotContain("f-new");

            index.publish();

            assertThat(counting.embedded.get()).isEqualTo(1);
            assertThat(ids(index.knn(query, IndexFilter.NONE, 3))).contains("f-new");
            index.delete("f-new");
            assertThat(index.get("f-new")).isEmpty();
            index.publish();
            assertThat(ids(index.knn(query, IndexFilter.NONE, 3))).doesNotContain("f-new");
            assertThat(index.count()).isEqualTo(market.freelancers().size());
        }
    }

    @Test
    void aRestartKeepsTheIndexItsCheckpointAndItsVectors() {
        List<String> before;
        try (VectorIndex<Freelancer> index = filled(TestMarkets.pretrained())) {
            index.commit(new CatalogCheckpoint("cluster", Map.of(0, 412L, 1, 37L), Map.of(0, List.of("e-1"))));
            before = index.knn(queries[2], IndexFilter.NONE, 10).stream().map(IndexHit::id).toList();
        }
        CountingVectors counting = new CountingVectors(TestMarkets.pretrained());
        try (VectorIndex<Freelancer> reopened = open(name, counting)) {
            assertThat(reopened.checkpoint())
                    .isEqualTo(new CatalogCheckpoint("cluster", Map.of(0, 412L, 1, 37L), Map.of(0, List.of("e-1"))));
            assertThat(reopened.count()).isEqualTo(market.freelancers().size());
            assertThat(reopened.knn(queries[2], IndexFilter.NONE, 10).stream().map(IndexHit::id).toList())
                    .isEqualTo(before);
            assertThat(counting.embedded.get()).as("nothing embedded again").isZero();
        }
    }

    @Test
    void anotherEncoderEmbedsEveryEntityAgainWhenTheIndexOpens() {
        // A few profiles: re-embedding runs the real encoder over every one of them.
        int n = 24;
        try (VectorIndex<Freelancer> index = filled(TestMarkets.pretrained(), n)) {
            index.commit(new CatalogCheckpoint("cluster", Map.of(0, 5L), Map.of()));
        }
        CountingVectors other = new CountingVectors(TestMarkets.pretrained(), "another-encoder");
        try (VectorIndex<Freelancer> reopened = open(name, other)) {
            assertThat(other.embedded.get()).isEqualTo(n);
            assertThat(committedEncoder(reopened)).contains("another-encoder");
            assertThat(reopened.checkpoint()).isEqualTo(new CatalogCheckpoint("cluster", Map.of(0, 5L), Map.of()));
            assertThat(reopened.count()).isEqualTo(n);
        }
    }

    /** The encoder fingerprint the index's last commit holds. */
    protected abstract java.util.Optional<String> committedEncoder(VectorIndex<Freelancer> index);

    private static Set<String> ids(List<IndexHit<Freelancer>> hits) {
        Set<String> ids = new HashSet<>();
        hits.forEach(h -> ids.add(h.id()));
        return ids;
    }

    static Freelancer freelancer(String id, String headline, String bio) {
        return new Freelancer(id, "Test " + id, headline, bio, ai.talent.domain.model.Language.EN,
                List.of(new SkillLevel("photography", 4, 5)), Money.krw(40_000), Region.SEOUL, true, List.of("en"),
                30, 4.5, 10, 12);
    }

    /** The real encoder, counting the texts it embeds (optionally under another name). */
    static final class CountingVectors implements TextVectors {

        final AtomicInteger embedded = new AtomicInteger();
        private final TextVectors delegate;
        private final String fingerprint;

        CountingVectors(TextVectors delegate) {
            this(delegate, delegate.fingerprint());
        }

        CountingVectors(TextVectors delegate, String fingerprint) {
            this.delegate = delegate;
            this.fingerprint = fingerprint;
        }

        @Override
        public String fingerprint() {
            return fingerprint;
        }

        @Override
        public int dimension() {
            return delegate.dimension();
        }

        @Override
        public float[][] embed(List<String> texts) {
            embedded.addAndGet(texts.size());
            return delegate.embed(texts);
        }
    }
}
