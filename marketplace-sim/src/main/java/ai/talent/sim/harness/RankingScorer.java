package ai.talent.sim.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores rankings: per item, NDCG@10 against graded relevance, the reciprocal rank of the first relevant item and
 * (for search) recall@100; each metric is the mean over the items where it is defined.
 */
final class RankingScorer implements TaskScorer {

    static final List<String> APPLICANT_METRICS = List.of("ndcg10", "mrr");
    static final List<String> SEARCH_METRICS = List.of("ndcg10", "mrr", "recall100");

    private final String task;
    private final List<String> metrics;
    private final int relevant;
    private final List<Long> seeds = new ArrayList<>();
    private final List<List<Map<String, Integer>>> grades = new ArrayList<>();
    private final List<String[]> groups = new ArrayList<>();
    /** system → seed → metric → per-item value */
    private final Map<String, List<double[][]>> values = new LinkedHashMap<>();

    /** @param relevant the grade from which an item counts as relevant for MRR and recall */
    RankingScorer(String task, List<String> metrics, int relevant) {
        this.task = task;
        this.metrics = metrics;
        this.relevant = relevant;
    }

    void addSeed(long seed, List<Map<String, Integer>> seedGrades, String[] seedGroups) {
        seeds.add(seed);
        grades.add(seedGrades);
        groups.add(seedGroups);
    }

    /** A system's rankings for seed number {@code seed}, in item order. */
    void rankings(String system, int seed, List<List<String>> rankings) {
        List<Map<String, Integer>> g = grades.get(seed);
        double[][] v = new double[metrics.size()][g.size()];
        for (int i = 0; i < g.size(); i++) {
            for (int m = 0; m < metrics.size(); m++) {
                v[m][i] = switch (metrics.get(m)) {
                    case "ndcg10" -> Metrics.ndcgAt(10, rankings.get(i), g.get(i));
                    case "mrr" -> Metrics.reciprocalRank(rankings.get(i), g.get(i), relevant);
                    case "recall100" -> Metrics.recallAt(100, rankings.get(i), g.get(i), relevant);
                    default -> throw new IllegalStateException("unknown metric " + metrics.get(m));
                };
            }
        }
        List<double[][]> perSeed = values.computeIfAbsent(system, s -> new ArrayList<>());
        while (perSeed.size() <= seed) {
            perSeed.add(null);
        }
        perSeed.set(seed, v);
    }

    @Override
    public String task() {
        return task;
    }

    @Override
    public List<String> metrics() {
        return metrics;
    }

    @Override
    public boolean higherIsBetter(String metric) {
        return true;
    }

    @Override
    public int seeds() {
        return seeds.size();
    }

    @Override
    public long seedValue(int seed) {
        return seeds.get(seed);
    }

    @Override
    public int items(int seed) {
        return grades.get(seed).size();
    }

    @Override
    public String group(int seed, int item) {
        return groups.get(seed)[item];
    }

    @Override
    public double[] compute(String system, int seed, int[] idx) {
        double[][] v = values.get(system).get(seed);
        double[] out = new double[metrics.size()];
        for (int m = 0; m < metrics.size(); m++) {
            double sum = 0;
            int n = 0;
            for (int i : idx) {
                if (!Double.isNaN(v[m][i])) {
                    sum += v[m][i];
                    n++;
                }
            }
            out[m] = n == 0 ? Double.NaN : sum / n;
        }
        return out;
    }
}
