package ai.talent.sim;

/** NDCG@k with exponential gain (2^grade − 1), and a running mean of it over many rankings. */
public final class Ndcg {

    private double sum;
    private long count;

    /**
     * NDCG@k of a ranking given the grades of its items in ranked order and the grades of the ideal
     * ranking's top items (highest first); NaN when the ideal gain is 0.
     */
    public static double at(int k, int[] rankedGrades, int[] idealGrades) {
        double ideal = dcg(k, idealGrades);
        return ideal == 0 ? Double.NaN : dcg(k, rankedGrades) / ideal;
    }

    static double dcg(int k, int[] grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, grades.length); i++) {
            dcg += (Math.pow(2, grades[i]) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return dcg;
    }

    /** Adds one ranking's NDCG to the mean (NaN values, rankings with nothing relevant, are skipped). */
    public void add(double ndcg) {
        if (!Double.isNaN(ndcg)) {
            sum += ndcg;
            count++;
        }
    }

    public double mean() {
        return count == 0 ? Double.NaN : sum / count;
    }

    public long count() {
        return count;
    }
}
