package ai.talent.search.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.search.index.ContractProfiles;
import ai.talent.search.index.Filters;
import ai.talent.search.index.LexicalQuery;
import ai.talent.search.index.ScoredFreelancer;
import ai.talent.service.state.StateJson;
import ai.talent.service.state.catalog.CatalogCheckpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import ai.talent.domain.model.Money;
import ai.talent.sim.Marketplace;
import ai.talent.sim.SimConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded index as search's freelancers catalog store: documents and offsets committed in one step and both
 * back after a restart, without re-analysing or re-encoding anything; replays idempotent; a rebuild switches to a
 * new generation that holds the same profiles, also those written while it copied.
 */
class FreelancerStoreTests {

    private static final int DIMENSION = 8;
    private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();

    @TempDir
    Path dir;

    private final AtomicInteger encoded = new AtomicInteger();

    /** A stand-in encoder that counts its calls (what it returns does not matter here, its dimension does). */
    private final Function<Freelancer, float[]> encoder = f -> {
        encoded.incrementAndGet();
        float[] v = new float[DIMENSION];
        v[Math.floorMod(f.id().hashCode(), DIMENSION)] = 1;
        return v;
    };

    @Test
    void aRestartResumesFromTheCommittedIndexAndItsOffsetsWithoutReencoding() {
        List<Freelancer> profiles = ContractProfiles.all();
        CatalogCheckpoint committed = new CatalogCheckpoint("cluster-1", Map.of(0, (long) profiles.size(), 1, 3L),
                Map.of(0, List.of("e-1", "e-2")));
        try (FreelancerStore store = open()) {
            profiles.forEach(f -> store.upsert(f.id(), StateJson.write(f)));
            store.publish();
            store.commit(committed);
            // written after the last commit: a crash loses it, and the follower replays it from the checkpoint
            store.delete(ContractProfiles.DESIGNER.id());
        }
        assertThat(encoded.get()).isEqualTo(profiles.size());

        encoded.set(0);
        try (FreelancerStore store = open()) {
            assertThat(store.checkpoint()).isEqualTo(committed);
            assertThat(store.count()).isEqualTo(profiles.size());
            assertThat(store.get(ContractProfiles.DESIGNER.id())).isPresent();
            LuceneBackend backend = new LuceneBackend(store);
            List<ScoredFreelancer> found = backend.lexical(new LexicalQuery("Kotlin", List.of()), Filters.none(), 5);
            assertThat(found).extracting(h -> h.freelancer().id()).first().isEqualTo(ContractProfiles.BUSAN_KOTLIN.id());
            assertThat(backend.get(ContractProfiles.BUSAN_KOTLIN.id()).orElseThrow().vector()).hasSize(DIMENSION);
            assertThat(encoded.get()).as("a restart reads the committed vectors, it encodes nothing").isZero();

            // the replay after the checkpoint: the same events again change nothing
            store.delete(ContractProfiles.DESIGNER.id());
            store.delete(ContractProfiles.DESIGNER.id());
            store.upsert(ContractProfiles.DATA_ENGINEER.id(), StateJson.write(ContractProfiles.DATA_ENGINEER));
            store.upsert(ContractProfiles.DATA_ENGINEER.id(), StateJson.write(ContractProfiles.DATA_ENGINEER));
            store.publish();
            assertThat(store.count()).isEqualTo(profiles.size() - 1);
            assertThat(backend.lexical(new LexicalQuery("Spark", List.of()), Filters.none(), 5))
                    .extracting(h -> h.freelancer().id()).containsExactly(ContractProfiles.DATA_ENGINEER.id());
        }
    }

    @Test
    void aRebuildSwitchesToANewGenerationWithTheSameProfilesAndKeepsItAcrossARestart() throws Exception {
        List<Freelancer> profiles = ContractProfiles.all();
        CatalogCheckpoint committed = new CatalogCheckpoint("cluster-1", Map.of(0, 42L), Map.of());
        // a RAM buffer of a few kilobytes flushes a segment every few profiles, the copy's too
        try (FreelancerStore store = open(new LuceneSettings(16, 100, false, 0.005))) {
            profiles.forEach(f -> store.upsert(f.id(), StateJson.write(f)));
            store.publish();
            store.commit(committed);
            assertThat(store.segments()).isGreaterThan(1);
            // not yet published when the rebuild starts: the rebuild must still carry it over
            store.delete(ContractProfiles.TRANSLATOR.id());
            String before = store.generation();
            encoded.set(0);

            assertThat(store.rebuild()).isEqualTo(profiles.size() - 1);

            assertThat(store.generation()).isNotEqualTo(before);
            assertThat(store.segments()).as("the new generation is merged into one segment").isEqualTo(1);
            assertThat(encoded.get()).as("every profile re-encoded into the new generation").isEqualTo(profiles.size() - 1);
            assertThat(store.get(ContractProfiles.TRANSLATOR.id())).isEmpty();
            assertThat(store.checkpoint()).isEqualTo(committed);
            assertThat(Files.exists(dir.resolve(before))).as("the old generation is deleted").isFalse();
            assertThat(new LuceneBackend(store).lexical(new LexicalQuery("Kotlin", List.of()), Filters.none(), 3))
                    .extracting(h -> h.freelancer().id()).first().isEqualTo(ContractProfiles.BUSAN_KOTLIN.id());
        }
        try (FreelancerStore store = open()) {
            assertThat(store.checkpoint()).isEqualTo(committed);
            assertThat(store.count()).isEqualTo(profiles.size() - 1);
        }
    }

    @Test
    void theSegmentsACatchUpLeftAreMergedIntoOneInTheBackgroundAndAFewAreLeftAsTheyAre() throws Exception {
        List<Freelancer> profiles = ContractProfiles.all();
        try (FreelancerStore store = open(new LuceneSettings(16, 100, false, 0.005))) {
            store.upsert(profiles.get(0).id(), StateJson.write(profiles.get(0)));
            store.publish();
            store.caughtUp();
            assertThat(store.awaitMergeAfterCatchUp(0)).as("one segment: nothing to merge").isFalse();

            profiles.forEach(f -> store.upsert(f.id(), StateJson.write(f)));
            store.publish();
            assertThat(store.segments()).isGreaterThan(FreelancerStore.MERGE_ABOVE_SEGMENTS);
            store.caughtUp();
            assertThat(store.awaitMergeAfterCatchUp(60)).isTrue();
            assertThat(store.segments()).isEqualTo(1);
            assertThat(store.count()).isEqualTo(profiles.size());
            assertThat(new LuceneBackend(store).lexical(new LexicalQuery("Kotlin", List.of()), Filters.none(), 3))
                    .extracting(h -> h.freelancer().id()).first().isEqualTo(ContractProfiles.BUSAN_KOTLIN.id());
        }
    }

    @Test
    void theFollowersWritesAreEncodedAsOneBatchWhenPublishedAndReadableBeforeThat() {
        List<Integer> batches = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean refuseDesigner = new java.util.concurrent.atomic.AtomicBoolean();
        Function<List<Freelancer>, float[][]> batchEncoder = profiles -> {
            batches.add(profiles.size());
            if (refuseDesigner.get() && profiles.stream().anyMatch(f -> f.id().equals(ContractProfiles.DESIGNER.id()))) {
                throw new IllegalStateException("the encoder cannot read this profile");
            }
            float[][] out = new float[profiles.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = encoder.apply(profiles.get(i));
            }
            return out;
        };
        List<Freelancer> profiles = ContractProfiles.all();
        try (FreelancerStore store = FreelancerStore.openBatched(dir, DIMENSION, TAXONOMY, LuceneSettings.defaults(),
                batchEncoder, "stand-in")) {
            profiles.forEach(f -> store.upsert(f.id(), StateJson.write(f)));
            store.delete(ContractProfiles.TRANSLATOR.id());
            assertThat(batches).as("nothing encoded before the batch is published").isEmpty();
            assertThat(store.get(ContractProfiles.BUSAN_KOTLIN.id())).as("an update reads the latest version").isPresent();
            assertThat(store.get(ContractProfiles.TRANSLATOR.id())).isEmpty();

            store.publish();

            assertThat(batches).containsExactly(profiles.size() - 1);
            assertThat(store.count()).isEqualTo(profiles.size() - 1);
            assertThat(new LuceneBackend(store).get(ContractProfiles.BUSAN_KOTLIN.id()).orElseThrow().vector())
                    .hasSize(DIMENSION);

            // a batch the encoder fails on is encoded profile by profile; only the profile it cannot read is left out
            batches.clear();
            refuseDesigner.set(true);
            store.delete(ContractProfiles.DESIGNER.id());
            store.upsert(ContractProfiles.DESIGNER.id(), StateJson.write(ContractProfiles.DESIGNER));
            store.upsert(ContractProfiles.TRANSLATOR.id(), StateJson.write(ContractProfiles.TRANSLATOR));
            store.commit(new CatalogCheckpoint("cluster-1", Map.of(0, 9L), Map.of()));
            assertThat(batches).containsExactly(2, 1, 1);
            assertThat(store.get(ContractProfiles.TRANSLATOR.id())).isPresent();
            assertThat(store.get(ContractProfiles.DESIGNER.id())).isEmpty();
        }
    }

    @Test
    void aProfileWithAVectorOfTheWrongDimensionIsRefusedAndChangesNothing() {
        try (FreelancerStore store = open()) {
            store.upsert(ContractProfiles.DESIGNER, null);
            store.publish();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.upsert(ContractProfiles.DESIGNER, new float[3]))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 dimensions");
            store.publish();
            assertThat(store.count()).isEqualTo(1);
            assertThat(new LuceneBackend(store).get(ContractProfiles.DESIGNER.id()).orElseThrow().vector()).isNull();
        }
    }

    @Test
    void theStoreRecordsWhichEncoderMadeItsVectorsAndARebuildRecordsTheNewOne() {
        List<Freelancer> profiles = ContractProfiles.all();
        try (FreelancerStore store = FreelancerStore.open(dir, DIMENSION, TAXONOMY, LuceneSettings.defaults(), encoder,
                "all-MiniLM-L6-v2/chunks-256")) {
            assertThat(store.vectorSpace()).contains("all-MiniLM-L6-v2/chunks-256");
            profiles.forEach(f -> store.upsert(f.id(), StateJson.write(f)));
            store.publish();
            store.commit(new CatalogCheckpoint("cluster-1", Map.of(0, (long) profiles.size()), Map.of()));
        }
        try (FreelancerStore store = FreelancerStore.open(dir, DIMENSION, TAXONOMY, LuceneSettings.defaults(), encoder,
                "encoder-bilingual v2/chunks-256")) {
            assertThat(store.vectorSpace()).as("a non-empty index keeps the record of what made its vectors")
                    .contains("all-MiniLM-L6-v2/chunks-256");
            encoded.set(0);
            String before = store.generation();
            store.rebuild();
            assertThat(store.generation()).isNotEqualTo(before);
            assertThat(store.vectorSpace()).contains("encoder-bilingual v2/chunks-256");
            assertThat(encoded.get()).as("every profile re-encoded").isEqualTo(profiles.size());
            assertThat(Files.exists(dir.resolve(before + FreelancerStore.VECTORS))).isFalse();
        }
        try (FreelancerStore store = FreelancerStore.open(dir, DIMENSION, TAXONOMY, LuceneSettings.defaults(), encoder,
                "encoder-bilingual v2/chunks-256")) {
            assertThat(store.vectorSpace()).contains("encoder-bilingual v2/chunks-256");
        }
    }

    @Test
    void aLargeBatchWrittenOnTwoThreadsHoldsWhatOneThreadWritesWithEachProfilesLastStateAndSurvivesARestart() {
        Marketplace market = new Marketplace(SimConfig.of(300, 0, 0, 3));
        List<Freelancer> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            batch.add(market.freelancer(i).freelancer());
        }
        // later states of some profiles in the same batch: the last one written must be the one kept
        for (int i = 0; i < 100; i += 3) {
            Freelancer f = batch.get(i);
            batch.add(new Freelancer(f.id(), f.displayName(), "Rust systems engineer " + i, f.bio(), f.textLanguage(),
                    f.skills(), Money.krw(f.hourlyRate().amount() + 1_000), f.region(), f.remoteOk(),
                    f.spokenLanguages(), f.availabilityHoursPerWeek(), f.ratingAverage(), f.ratingCount(),
                    f.completedProjects()));
        }
        float[][] vectors = batch.stream().map(encoder).toArray(float[][]::new);
        CatalogCheckpoint committed = new CatalogCheckpoint("cluster-1", Map.of(0, (long) batch.size()), Map.of());
        Map<String, String> oneThread;
        List<ScoredFreelancer> oneThreadHits;
        try (FreelancerStore store = FreelancerStore.open(dir.resolve("one"), DIMENSION, TAXONOMY,
                LuceneSettings.defaults().withIndexThreads(1), encoder)) {
            write(store, batch, vectors, committed);
            oneThread = contents(store);
            oneThreadHits = rustEngineers(store);
        }
        try (FreelancerStore store = FreelancerStore.open(dir.resolve("two"), DIMENSION, TAXONOMY,
                LuceneSettings.defaults().withIndexThreads(2), encoder)) {
            write(store, batch, vectors, committed);
            assertThat(contents(store)).isEqualTo(oneThread);
            assertThat(oneThread.get(batch.get(0).id())).contains("Rust systems engineer 0");
            assertHitsMatch(rustEngineers(store), oneThreadHits);
            assertThat(new LuceneBackend(store).get(batch.get(3).id()).orElseThrow().vector())
                    .isEqualTo(encoder.apply(batch.get(3)));

            // written again (a replay): nothing changes
            write(store, batch, vectors, committed);
            assertThat(contents(store)).isEqualTo(oneThread);

            store.rebuild();
            assertThat(contents(store)).as("a rebuild copies on two threads too").isEqualTo(oneThread);
        }
        try (FreelancerStore store = FreelancerStore.open(dir.resolve("two"), DIMENSION, TAXONOMY,
                LuceneSettings.defaults().withIndexThreads(2), encoder)) {
            assertThat(store.checkpoint()).isEqualTo(committed);
            assertThat(contents(store)).isEqualTo(oneThread);
        }
    }

    private static void write(FreelancerStore store, List<Freelancer> batch, float[][] vectors,
                              CatalogCheckpoint checkpoint) {
        for (int from = 0; from < batch.size(); from += 150) {
            int to = Math.min(batch.size(), from + 150);
            store.upsertAll(batch.subList(from, to), java.util.Arrays.copyOfRange(vectors, from, to));
        }
        store.delete(batch.get(1).id());
        store.publish();
        store.commit(checkpoint);
    }

    private static Map<String, String> contents(FreelancerStore store) {
        Map<String, String> out = new java.util.TreeMap<>();
        store.forEach(out::put);
        return out;
    }

    private static List<ScoredFreelancer> rustEngineers(FreelancerStore store) {
        return new LuceneBackend(store).lexical(new LexicalQuery("Rust systems engineer", List.of()), Filters.none(), 50);
    }

    private static void assertHitsMatch(List<ScoredFreelancer> actual, List<ScoredFreelancer> expected) {
        assertThat(actual).extracting(h -> h.freelancer().id())
                .containsExactlyElementsOf(expected.stream().map(h -> h.freelancer().id()).toList());
        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.get(i).score()).isCloseTo(expected.get(i).score(), org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    private FreelancerStore open() {
        return open(LuceneSettings.defaults());
    }

    private FreelancerStore open(LuceneSettings settings) {
        return FreelancerStore.open(dir, DIMENSION, TAXONOMY, settings, encoder);
    }
}
