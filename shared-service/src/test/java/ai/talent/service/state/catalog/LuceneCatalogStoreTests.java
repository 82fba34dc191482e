package ai.talent.service.state.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneCatalogStoreTests {

    @TempDir
    Path dir;

    @Test
    void committedDocumentsAndCheckpointSurviveReopening() {
        CatalogCheckpoint checkpoint = new CatalogCheckpoint("cluster-1", Map.of(0, 12L, 2, 7L),
                Map.of(0, List.of("e-1", "e-2"), 2, List.of("e-3")));
        try (LuceneCatalogStore store = LuceneCatalogStore.open(dir)) {
            store.upsert("f-1", "{\"name\":\"first\"}");
            store.upsert("f-2", "{\"name\":\"second\"}");
            store.upsert("f-1", "{\"name\":\"first, updated\"}");
            store.delete("f-2");
            store.commit(checkpoint);
        }
        try (LuceneCatalogStore store = LuceneCatalogStore.open(dir)) {
            assertThat(store.checkpoint()).isEqualTo(checkpoint);
            assertThat(store.get("f-1")).contains("{\"name\":\"first, updated\"}");
            assertThat(store.get("f-2")).isEmpty();
            assertThat(store.count()).isEqualTo(1);
        }
    }

    @Test
    void changesAfterTheLastCommitAreGoneAfterReopeningWithTheirCheckpoint() {
        try (LuceneCatalogStore store = LuceneCatalogStore.open(dir)) {
            store.upsert("f-1", "{}");
            store.commit(new CatalogCheckpoint("c", Map.of(0, 1L), Map.of()));
            store.upsert("f-2", "{}");
            store.publish();
            assertThat(store.count()).isEqualTo(2);
        }
        try (LuceneCatalogStore store = LuceneCatalogStore.open(dir)) {
            assertThat(store.checkpoint().offsets()).containsEntry(0, 1L);
            assertThat(store.get("f-2")).as("written after the checkpoint: the follower reads it again").isEmpty();
            assertThat(store.count()).isEqualTo(1);
        }
    }

    @Test
    void getSeesTheWritersLatestChangeBeforeItIsPublished() {
        try (LuceneCatalogStore store = LuceneCatalogStore.open(dir)) {
            store.upsert("p-1", "{\"status\":\"OPEN\"}");
            assertThat(store.get("p-1")).contains("{\"status\":\"OPEN\"}");
            assertThat(store.count()).as("readers see published changes only").isZero();
            store.delete("p-1");
            assertThat(store.get("p-1")).isEmpty();
            store.upsert("p-1", "{\"status\":\"CLOSED\"}");
            store.publish();
            Map<String, String> all = new HashMap<>();
            store.forEach(all::put);
            assertThat(all).containsExactly(Map.entry("p-1", "{\"status\":\"CLOSED\"}"));
        }
    }

    @Test
    void aNewStoreHasAnEmptyCheckpoint() {
        try (LuceneCatalogStore store = LuceneCatalogStore.open(dir)) {
            assertThat(store.checkpoint().isEmpty()).isTrue();
            assertThat(store.count()).isZero();
        }
    }

    @Test
    void deleteAllEmptiesTheStore() {
        try (LuceneCatalogStore store = LuceneCatalogStore.open(dir)) {
            store.upsert("f-1", "{}");
            store.publish();
            store.deleteAll();
            assertThat(store.count()).isZero();
            assertThat(store.get("f-1")).isEmpty();
        }
    }

    @Test
    void aSecondStoreOnTheSameFolderIsRefusedNamingTheFolder() {
        try (LuceneCatalogStore first = LuceneCatalogStore.open(dir)) {
            assertThatThrownBy(() -> LuceneCatalogStore.open(dir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(dir.toString())
                    .hasMessageContaining("talent.state.dir");
        }
    }
}
