package ai.talent.service.state.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
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

    @Test
    void aWriterAFullDiskClosedIsReopenedOnTheLastCommitOnceTheDiskTakesWritesAgain() {
        FillingDirectory[] disk = new FillingDirectory[1];
        UnaryOperator<Directory> filling = d -> disk[0] = new FillingDirectory(d);
        CatalogCheckpoint first = new CatalogCheckpoint("c", Map.of(0, 2L), Map.of(0, List.of("e-1", "e-2")));
        try (LuceneCatalogStore store = LuceneCatalogStore.open(dir, new StandardAnalyzer(),
                (document, id, json) -> { }, config -> { }, filling)) {
            store.upsert("f-1", "{\"v\":1}");
            store.upsert("f-2", "{\"v\":1}");
            store.commit(first);
            store.recover();
            assertThat(store.broken()).as("a healthy writer is left alone").isFalse();

            disk[0].fill();
            // where the first byte fails depends on the codec (a new segment's file header, or its flush)
            assertThatThrownBy(() -> {
                store.upsert("f-1", "{\"v\":2}");
                store.upsert("f-3", "{\"v\":2}");
                store.publish();
            }).isInstanceOf(UncheckedIOException.class)
                    .rootCause().hasMessage(FillingDirectory.NO_SPACE);
            assertThat(store.broken()).as("Lucene closed the writer for good").isTrue();
            assertThatThrownBy(() -> store.upsert("f-4", "{}")).isInstanceOf(AlreadyClosedException.class);
            assertThat(store.get("f-2")).as("the last published view still serves reads").contains("{\"v\":1}");

            disk[0].free();
            store.recover();
            assertThat(store.broken()).isFalse();
            assertThat(store.checkpoint()).as("the last commit's, to replay from").isEqualTo(first);
            assertThat(store.get("f-1")).contains("{\"v\":1}");
            assertThat(store.get("f-3")).as("written after the commit: read again by the follower").isEmpty();
            store.upsert("f-1", "{\"v\":2}");
            store.upsert("f-3", "{\"v\":2}");
            store.publish();
            store.commit(new CatalogCheckpoint("c", Map.of(0, 4L), Map.of()));
            assertThat(store.count()).isEqualTo(3);
        }
        try (LuceneCatalogStore store = LuceneCatalogStore.open(dir)) {
            assertThat(store.checkpoint().offsets()).containsEntry(0, 4L);
            assertThat(store.get("f-1")).contains("{\"v\":2}");
            assertThat(store.get("f-3")).contains("{\"v\":2}");
            assertThat(store.count()).isEqualTo(3);
        }
    }
}
