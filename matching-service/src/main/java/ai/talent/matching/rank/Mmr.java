package ai.talent.matching.rank;

import ai.talent.matching.text.Vectors;
import java.util.ArrayList;
import java.util.List;

/**
 * Maximal marginal relevance: picks the top-k one at a time, each maximising
 * {@code λ · relevance − (1 − λ) · max similarity to those already picked}, relevance being the ranker's score
 * scaled to 0–1 within the list and similarity the cosine of the candidates' tower vectors. λ = 1 keeps the order.
 */
public final class Mmr {

    private Mmr() {
    }

    public static <T> List<RankedCandidate<T>> rerank(List<RankedCandidate<T>> sorted, double lambda, int k) {
        if (lambda >= 1.0 || sorted.size() <= 1) {
            return sorted.subList(0, Math.min(k, sorted.size()));
        }
        double max = sorted.get(0).score();
        double min = sorted.get(sorted.size() - 1).score();
        double span = Math.max(1e-9, max - min);
        List<RankedCandidate<T>> pool = new ArrayList<>(sorted);
        List<RankedCandidate<T>> picked = new ArrayList<>();
        while (picked.size() < k && !pool.isEmpty()) {
            int best = 0;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < pool.size(); i++) {
                RankedCandidate<T> c = pool.get(i);
                double redundancy = 0;
                for (RankedCandidate<T> p : picked) {
                    redundancy = Math.max(redundancy, Vectors.dot(c.candidate().vector(), p.candidate().vector()));
                }
                double value = lambda * (c.score() - min) / span - (1 - lambda) * redundancy;
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            picked.add(pool.remove(best));
        }
        return picked;
    }
}
