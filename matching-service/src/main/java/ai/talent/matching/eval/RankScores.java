package ai.talent.matching.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Rank metrics of one ranked list against one relevant item (the hired freelancer). */
final class RankScores {

    private RankScores() {
    }

    /** 1-based position of {@code relevant} in {@code ranking}, 0 when absent. */
    static int position(List<String> ranking, String relevant) {
        int i = ranking.indexOf(relevant);
        return i < 0 ? 0 : i + 1;
    }

    static double ndcg10(int position) {
        return position >= 1 && position <= 10 ? 1.0 / (Math.log(position + 1) / Math.log(2)) : 0.0;
    }

    static double precision5(int position) {
        return position >= 1 && position <= 5 ? 0.2 : 0.0;
    }

    static double reciprocalRank(int position) {
        return position >= 1 ? 1.0 / position : 0.0;
    }

    static double recallAt(int k, int position) {
        return position >= 1 && position <= k ? 1.0 : 0.0;
    }

    /** Ids by descending score; ties in a seeded random order (so no system profits from the input order). */
    static List<String> order(Map<String, Double> scores, long seed) {
        List<String> ids = new ArrayList<>(scores.keySet());
        Collections.sort(ids);
        Collections.shuffle(ids, new Random(seed));
        ids.sort(Comparator.comparingDouble((String id) -> scores.get(id)).reversed());
        return ids;
    }
}
