package ai.talent.matching.retrieval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talent.domain.model.Freelancer;
import ai.talent.matching.text.TextVectors;
import ai.talent.matching.train.TestMarkets;
import java.nio.file.Path;
import java.util.Optional;
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
            index.commit(java.util.Map.of("offset.0", "1"));
            Freelancer f = VectorIndexContract.freelancer("f-late", "Go developer", "Go services.");
            index.upsert(f.id(), new ai.talent.domain.event.EventCodec().encodeValue(f));
            index.publish();
            org.assertj.core.api.Assertions.assertThat(index.get("f-late")).isPresent();
        }
        try (VectorIndex<Freelancer> reopened = open(name, TestMarkets.pretrained())) {
            // The checkpoint says offset 1: the follower reads the change again from the topic.
            org.assertj.core.api.Assertions.assertThat(reopened.get("f-late")).isEmpty();
            org.assertj.core.api.Assertions.assertThat(reopened.checkpoint()).containsEntry("offset.0", "1");
        }
    }

    @Test
    void aSecondInstanceOnTheSameFolderIsRefused() {
        try (VectorIndex<Freelancer> index = open(name, TestMarkets.pretrained())) {
            assertThatThrownBy(() -> open(name, TestMarkets.pretrained()))
                    .hasMessageContaining("in use by another process");
        }
    }
}
