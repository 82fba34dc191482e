package ai.talent.matching.retrieval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talent.domain.model.Freelancer;
import ai.talent.matching.text.TextVectors;
import ai.talent.matching.train.TestMarkets;
import ai.talent.service.state.catalog.CatalogCheckpoint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index contract on embedded Lucene (HNSW on local disk), and what only a local index does. */
class LuceneVectorIndexTests extends VectorIndexContract {

    @TempDir
    Path dir;

    @Override
    protected VectorIndex<Freelancer> open(String name, TextVectors encoder) {
        return LuceneVectorIndex.open(dir.resolve(name), kind(), encoder, IndexSettings.defaults());
    }

    @Override
    protected Optional<String> committedEncoder(VectorIndex<Freelancer> index) {
        return ((LuceneVectorIndex<Freelancer>) index).committedEncoder();
    }

    @Test
    void changesPublishedButNotCommittedAreReplayedNotKept() {
        try (VectorIndex<Freelancer> index = open(name, TestMarkets.pretrained())) {
            index.commit(new CatalogCheckpoint(null, Map.of(0, 1L), Map.of()));
            Freelancer f = VectorIndexContract.freelancer("f-late", "Go developer", "Go services.");
            index.upsert(f.id(), new ai.talent.domain.event.EventCodec().encodeValue(f));
            index.publish();
            org.assertj.core.api.Assertions.assertThat(index.get("f-late")).isPresent();
        }
        try (VectorIndex<Freelancer> reopened = open(name, TestMarkets.pretrained())) {
            // The checkpoint says offset 1: the follower reads the change again from the topic.
            org.assertj.core.api.Assertions.assertThat(reopened.get("f-late")).isEmpty();
            org.assertj.core.api.Assertions.assertThat(reopened.checkpoint().offsets()).containsEntry(0, 1L);
        }
    }

    @Test
    void aSecondInstanceOnTheSameFolderIsRefused() {
        try (VectorIndex<Freelancer> index = open(name, TestMarkets.pretrained())) {
            assertThatThrownBy(() -> open(name, TestMarkets.pretrained()))
                    .hasMessageContaining("in use by another process");
        }
    }

    @Test
    void anIndexCommittedInTheEarlierLayoutKeepsItsCheckpoint() throws IOException {
        // Before the index stood on LuceneCatalogStore it kept the flat checkpoint under its own prefix.
        try (FSDirectory directory = FSDirectory.open(dir.resolve(name));
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of(LuceneVectorIndex.LEGACY_CHECKPOINT_PREFIX + "cluster-id", "c-1",
                    LuceneVectorIndex.LEGACY_CHECKPOINT_PREFIX + "offset.0", "7").entrySet());
            writer.commit();
        }
        try (VectorIndex<Freelancer> index = open(name, TestMarkets.pretrained())) {
            org.assertj.core.api.Assertions.assertThat(index.checkpoint())
                    .isEqualTo(new CatalogCheckpoint("c-1", Map.of(0, 7L), Map.of()));
            index.commit(new CatalogCheckpoint("c-1", Map.of(0, 9L), Map.of()));
        }
        try (VectorIndex<Freelancer> reopened = open(name, TestMarkets.pretrained())) {
            org.assertj.core.api.Assertions.assertThat(reopened.checkpoint().offsets()).isEqualTo(Map.of(0, 9L));
        }
    }
}
