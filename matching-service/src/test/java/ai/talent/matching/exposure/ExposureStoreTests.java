package ai.talent.matching.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.matching.rank.ExposureCap;
import ai.talent.service.state.StateJson;
import ai.talent.service.state.catalog.CatalogCheckpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exposure window's store on its own (the topic's side: {@code ExposureFlowTests}, {@code MatchingStateIT}): it
 * keeps exactly the window, a reopened store gives the ledger the counts of its last commit, and two stores fed the
 * same lists in different orders, with redeliveries, hold the same lists and counts.
 */
class ExposureStoreTests {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aReopenedStoreRestoresTheCountsOfItsLastCommit() {
        ExposureLedger ledger = ledger(4);
        try (ExposureStore store = ExposureStore.open(dir, ledger)) {
            store.upsert("p-1", json("p-1", 1, "a", "b"));
            store.upsert("p-2", json("p-2", 2, "a"));
            store.publish();
            store.commit(CatalogCheckpoint.EMPTY);
            store.upsert("p-3", json("p-3", 3, "a"));
            assertThat(ledger.appearances("a")).isEqualTo(3);
        }
        // p-3 was never committed: the follower replays it from the checkpoint after a restart.
        ExposureLedger restarted = ledger(4);
        try (ExposureStore store = ExposureStore.open(dir, restarted)) {
            assertThat(restarted.appearances("a")).isEqualTo(2);
            assertThat(restarted.appearances("b")).isEqualTo(1);
            assertThat(restarted.lists()).isEqualTo(2);
            store.upsert("p-3", json("p-3", 3, "a"));
            assertThat(restarted.appearances("a")).isEqualTo(3);
        }
    }

    @Test
    void storesFedTheSameListsInAnyOrderHoldTheSameWindow() {
        List<String[]> lists = new ArrayList<>();
        Random random = new Random(5);
        for (int i = 0; i < 40; i++) {
            lists.add(new String[] {"p-" + i, "f-" + random.nextInt(6), "f-" + (6 + random.nextInt(6))});
        }
        Map<String, Integer> countsA = feed(dir.resolve("a"), lists, new Random(1));
        Map<String, Integer> countsB = feed(dir.resolve("b"), lists, new Random(2));
        assertThat(countsA).isEqualTo(countsB);
        // Exactly the 10 latest lists, each counted once although some came twice.
        Map<String, Integer> expected = new TreeMap<>();
        lists.subList(30, 40).forEach(l -> {
            expected.merge(l[1], 1, Integer::sum);
            expected.merge(l[2], 1, Integer::sum);
        });
        assertThat(countsA).isEqualTo(expected);
    }

    @Test
    void pendingListsCountUntilTheTopicBringsThemBack() throws Exception {
        ExposureLedger ledger = ledger(10);
        ledger.record("p-1", List.of("a"));
        assertThat(ledger.appearances("a")).isEqualTo(1);
        try (ExposureStore store = ExposureStore.open(Files.createDirectories(dir.resolve("s")), ledger)) {
            store.upsert("p-1", json("p-1", 1, "a"));
            assertThat(ledger.appearances("a")).as("the topic's copy replaces the pending one").isEqualTo(1);
            ledger.record("p-1", List.of("a"));
            assertThat(ledger.appearances("a")).as("a list the window holds is not pending again").isEqualTo(1);
        }
    }

    /** Feeds every list in a shuffled order, a quarter of them twice, into a fresh store; its counts after a reopen. */
    private static Map<String, Integer> feed(Path folder, List<String[]> lists, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            order.add(i);
            if (i % 4 == 0) {
                order.add(i);
            }
        }
        Collections.shuffle(order, random);
        try (ExposureStore store = ExposureStore.open(folder, ledger(10))) {
            for (int i : order) {
                String[] l = lists.get(i);
                store.upsert(l[0], json(l[0], i, l[1], l[2]));
            }
            store.publish();
            store.commit(CatalogCheckpoint.EMPTY);
            assertThat(store.count()).as("the store keeps the window only").isEqualTo(10);
        }
        ExposureLedger reopened = ledger(10);
        Map<String, Integer> counts = new TreeMap<>();
        try (ExposureStore store = ExposureStore.open(folder, reopened)) {
            store.forEach((id, json) -> StateJson.read(json, RecommendedList.class).freelancerIds()
                    .forEach(f -> counts.put(f, reopened.appearances(f))));
        }
        return new HashMap<>(counts);
    }

    private static ExposureLedger ledger(int window) {
        return new ExposureLedger(new ExposureCap(0.5, window));
    }

    private static String json(String projectId, int minute, String... freelancerIds) {
        return StateJson.write(new RecommendedList(projectId, T0.plusSeconds(60L * minute), List.of(freelancerIds)));
    }
}
