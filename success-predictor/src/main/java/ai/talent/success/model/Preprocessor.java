package ai.talent.success.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a row's raw features into the network's input: tabular columns standardised with the training means
 * and deviations, each text embedding projected onto the training texts' principal components, and for a
 * pair of texts (project, profile) also the product of their projections, a learned-weight similarity in
 * reach of every model. Fitted on training rows only.
 *
 * @param mean       training mean per tabular column
 * @param std        training standard deviation per tabular column (1 where constant)
 * @param projection the text basis, null without text slots
 * @param textSlots  0, 1 or 2
 */
public record Preprocessor(float[] mean, float[] std, TextProjection projection, int textSlots) {

    public static final String TEXT_COLUMN_PREFIX = "text_";

    public static Preprocessor fit(Dataset train, int textComponents, long seed) {
        int t = train.tabularNames().size();
        double[] sum = new double[t];
        double[] sumSq = new double[t];
        for (float[] row : train.tabular()) {
            for (int j = 0; j < t; j++) {
                sum[j] += row[j];
                sumSq[j] += (double) row[j] * row[j];
            }
        }
        float[] mean = new float[t];
        float[] std = new float[t];
        int n = train.size();
        for (int j = 0; j < t; j++) {
            double m = sum[j] / n;
            double var = Math.max(0, sumSq[j] / n - m * m);
            mean[j] = (float) m;
            std[j] = var < 1e-12 ? 1f : (float) Math.sqrt(var);
        }
        TextProjection projection = train.texts().isEmpty() || textComponents == 0 ? null
                : TextProjection.fit(train.texts(), textComponents, seed);
        return new Preprocessor(mean, std, projection, projection == null ? 0 : train.texts().size());
    }

    public int inputSize() {
        int k = projection == null ? 0 : projection.size();
        return mean.length + k * textSlots + (textSlots == 2 ? k : 0);
    }

    /** The network input of one row. */
    public float[] input(float[] tabular, float[][] texts) {
        float[] x = new float[inputSize()];
        for (int j = 0; j < mean.length; j++) {
            x[j] = (tabular[j] - mean[j]) / std[j];
        }
        if (projection != null) {
            int k = projection.size();
            int at = mean.length;
            float[][] projected = new float[textSlots][];
            for (int s = 0; s < textSlots; s++) {
                projected[s] = projection.project(texts[s]);
                System.arraycopy(projected[s], 0, x, at, k);
                at += k;
            }
            if (textSlots == 2) {
                for (int c = 0; c < k; c++) {
                    x[at + c] = projected[0][c] * projected[1][c];
                }
            }
        }
        return x;
    }

    public float[][] inputs(Dataset data) {
        float[][] x = new float[data.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = input(data.tabular()[i], data.textsOf(i));
        }
        return x;
    }

    /**
     * Column names of the network input: the tabular names, then {@code text_<slot>_<k>} and for a pair
     * {@code text_match_<k>}; every text column belongs to the "text" reason.
     */
    public List<String> inputNames(List<String> tabularNames) {
        List<String> names = new ArrayList<>(tabularNames);
        int k = projection == null ? 0 : projection.size();
        for (int s = 0; s < textSlots; s++) {
            for (int c = 0; c < k; c++) {
                names.add(TEXT_COLUMN_PREFIX + s + "_" + c);
            }
        }
        if (textSlots == 2) {
            for (int c = 0; c < k; c++) {
                names.add(TEXT_COLUMN_PREFIX + "match_" + c);
            }
        }
        return names;
    }
}
