package ai.talent.search.index;

import ai.talent.domain.model.Freelancer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A search index of freelancers: embedded Lucene or Elasticsearch, one contract (see the contract tests).
 * Writes are idempotent (an upsert replaces the whole document, a delete of a missing id does nothing), become
 * searchable after {@link #refresh()}, and durable with {@link #commit(Checkpoint)}, which stores the topic
 * offsets they reflect; {@link #checkpoint()} reads them back after a restart.
 */
public interface SearchBackend extends AutoCloseable {

    /** "lucene" or "elasticsearch". */
    String name();

    void upsert(List<IndexedFreelancer> documents);

    void delete(String id, long version);

    /** Makes every write so far visible to searches. */
    void refresh();

    /** Makes every write so far durable, together with the offsets they reflect. */
    void commit(Checkpoint checkpoint);

    /** The offsets of the last commit (empty for a new index). */
    Checkpoint checkpoint();

    Optional<IndexedFreelancer> get(String id);

    long count();

    /** BM25 over the text fields and level-weighted skill tokens, within the filters; best first. */
    List<ScoredFreelancer> lexical(LexicalQuery query, Filters filters, int k);

    /** Approximate nearest neighbours (HNSW) of a unit vector by dot product, within the filters; best first. */
    List<ScoredFreelancer> knn(float[] vector, Filters filters, int k);

    /**
     * The whole profiles (headline and bio included) of the ids, for hits that came without their texts
     * ({@link ScoredFreelancer#texts()} false); a profile deleted since is left out.
     */
    default Map<String, Freelancer> withTexts(Collection<String> ids) {
        Map<String, Freelancer> out = new HashMap<>();
        for (String id : ids) {
            get(id).ifPresent(d -> out.put(id, d.freelancer()));
        }
        return out;
    }

    /** Every freelancer within the filters in a non-relevance order (relevance browses by rating). */
    BrowsePage browse(Filters filters, SortOrder sort, int from, int size);

    /** Facet counts over every freelancer within the filters. */
    FacetCounts facets(Filters filters, int maxSkills);

    /** Display names starting with the prefix (case-insensitive, any word of the name), at most {@code size}. */
    List<Freelancer> namesStartingWith(String prefix, int size);

    /** Streams every stored document (for a rebuild). */
    void forEach(Consumer<IndexedFreelancer> sink);

    /** Number of dimensions the vector field holds. */
    int dimension();

    /**
     * Which encoder made the index's vectors (the dense encoder's fingerprint: model, version, window); empty when
     * none was recorded (an index written before encoders were recorded, or one opened without an encoder).
     */
    Optional<String> vectorSpace();

    /** Records, durably, which encoder makes the index's vectors from now on. */
    void recordVectorSpace(String fingerprint);

    @Override
    void close();
}
