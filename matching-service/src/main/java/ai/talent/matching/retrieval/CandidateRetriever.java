package ai.talent.matching.retrieval;

import ai.talent.matching.text.Vectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first stage: candidates from the dense leg (the towers' vectors in an HNSW index) and the skill-overlap leg
 * (exact skill terms), both within the hard filters, merged into one list ordered by weighted reciprocal rank
 * fusion. Every candidate carries its similarity to the query, also those only the skill leg found.
 */
public final class CandidateRetriever<T extends Record> {

    private final VectorIndex<T> index;
    private final RetrievalSettings settings;

    public CandidateRetriever(VectorIndex<T> index, RetrievalSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    public VectorIndex<T> index() {
        return index;
    }

    public RetrievalSettings settings() {
        return settings;
    }

    /** Candidates best first by the fused retrieval score. */
    public List<Candidate<T>> retrieve(float[] queryVector, List<WantedSkill> skills, IndexFilter filter) {
        List<IndexHit<T>> dense = settings.denseCandidates() == 0 ? List.of()
                : index.knn(queryVector, filter, settings.denseCandidates());
        List<IndexHit<T>> bySkill = settings.skillCandidates() == 0 ? List.of()
                : index.skillOverlap(skills, filter, settings.skillCandidates());
        return fuse(queryVector, dense, bySkill);
    }

    List<Candidate<T>> fuse(float[] queryVector, List<IndexHit<T>> dense, List<IndexHit<T>> bySkill) {
        Map<String, IndexHit<T>> hits = new LinkedHashMap<>();
        Map<String, Integer> denseRank = new LinkedHashMap<>();
        Map<String, Integer> skillRank = new LinkedHashMap<>();
        for (int i = 0; i < dense.size(); i++) {
            hits.putIfAbsent(dense.get(i).id(), dense.get(i));
            denseRank.put(dense.get(i).id(), i + 1);
        }
        for (int i = 0; i < bySkill.size(); i++) {
            hits.putIfAbsent(bySkill.get(i).id(), bySkill.get(i));
            skillRank.put(bySkill.get(i).id(), i + 1);
        }
        List<Candidate<T>> out = new ArrayList<>(hits.size());
        for (IndexHit<T> hit : hits.values()) {
            int d = denseRank.getOrDefault(hit.id(), 0);
            int s = skillRank.getOrDefault(hit.id(), 0);
            double fused = (d == 0 ? 0 : settings.denseWeight() / (settings.rrfK() + d))
                    + (s == 0 ? 0 : settings.skillWeight() / (settings.rrfK() + s));
            double similarity = d > 0 ? hit.score() : Vectors.dot(queryVector, hit.vector());
            out.add(new Candidate<>(hit.entity(), hit.vector(), similarity, d, s, fused, hit.signals()));
        }
        out.sort(Comparator.comparingDouble((Candidate<T> c) -> c.retrievalScore()).reversed());
        return out;
    }
}
