package ai.talent.matching.eval;

import ai.talent.matching.rank.MatchFeature;
import ai.talent.matching.train.RankingList;
import java.util.List;

/**
 * Reference (d) until the simulator's scoring harness provides its own: a pointwise L2-regularised logistic
 * regression (hired or not) over the structured features only (every {@link MatchFeature} but the towers'
 * similarity), trained on the same lists as the ranker by full-batch gradient descent on standardised columns.
 */
final class StructuredLogistic {

    private final double[] weights;
    private final double bias;
    private final float[] mean;
    private final float[] std;

    private StructuredLogistic(double[] weights, double bias, float[] mean, float[] std) {
        this.weights = weights;
        this.bias = bias;
        this.mean = mean;
        this.std = std;
    }

    static StructuredLogistic fit(List<RankingList> lists, double l2, int iterations) {
        int width = MatchFeature.count();
        int rows = 0;
        for (RankingList l : lists) {
            rows += l.labels().length;
        }
        float[] mean = new float[width];
        float[] std = new float[width];
        for (RankingList l : lists) {
            for (float[] r : l.features()) {
                for (int j = 0; j < width; j++) {
                    mean[j] += r[j] / rows;
                }
            }
        }
        for (RankingList l : lists) {
            for (float[] r : l.features()) {
                for (int j = 0; j < width; j++) {
                    std[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / rows;
                }
            }
        }
        for (int j = 0; j < width; j++) {
            std[j] = std[j] < 1e-12 ? 1f : (float) Math.sqrt(std[j]);
        }
        double[] w = new double[width];
        double b = 0;
        double lr = 0.5;
        int skip = MatchFeature.TEXT_SIMILARITY.ordinal();
        for (int it = 0; it < iterations; it++) {
            double[] grad = new double[width];
            double gradB = 0;
            for (RankingList l : lists) {
                for (int i = 0; i < l.labels().length; i++) {
                    float[] r = l.features()[i];
                    double z = b;
                    for (int j = 0; j < width; j++) {
                        if (j != skip) {
                            z += w[j] * (r[j] - mean[j]) / std[j];
                        }
                    }
                    double err = 1 / (1 + Math.exp(-z)) - l.labels()[i];
                    for (int j = 0; j < width; j++) {
                        if (j != skip) {
                            grad[j] += err * (r[j] - mean[j]) / std[j];
                        }
                    }
                    gradB += err;
                }
            }
            for (int j = 0; j < width; j++) {
                w[j] -= lr * (grad[j] / rows + l2 * w[j]);
            }
            b -= lr * gradB / rows;
        }
        return new StructuredLogistic(w, b, mean, std);
    }

    double score(float[] x) {
        double z = bias;
        for (int j = 0; j < weights.length; j++) {
            z += weights[j] * (x[j] - mean[j]) / std[j];
        }
        return z;
    }
}
