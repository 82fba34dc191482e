package ai.talent.success.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Labelled rows for the success model: named tabular columns, zero, one or two text embeddings per row (the
 * "slots", e.g. project and profile), and 0/1 labels. The model does not care where the rows come from
 * (simulated contracts, Kickstarter projects), only that every row has the same layout.
 */
public record Dataset(List<String> tabularNames, float[][] tabular, List<float[][]> texts, int[] labels) {

    public Dataset {
        tabularNames = List.copyOf(tabularNames);
        texts = List.copyOf(texts);
        if (tabular.length != labels.length) {
            throw new IllegalArgumentException(tabular.length + " rows of features but " + labels.length + " labels");
        }
        for (float[][] slot : texts) {
            if (slot.length != labels.length) {
                throw new IllegalArgumentException("a text slot has " + slot.length + " rows, not " + labels.length);
            }
        }
        if (texts.size() > 2) {
            throw new IllegalArgumentException("at most two text slots (a pair), got " + texts.size());
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("label " + i + " is " + labels[i] + ", not 0 or 1");
            }
            if (tabular[i].length != tabularNames.size()) {
                throw new IllegalArgumentException("row " + i + " has " + tabular[i].length + " tabular values, not "
                        + tabularNames.size());
            }
        }
    }

    public int size() {
        return labels.length;
    }

    /** The rows at these indices, in this order. */
    public Dataset rows(int[] rows) {
        float[][] t = new float[rows.length][];
        int[] y = new int[rows.length];
        List<float[][]> slots = new ArrayList<>();
        for (float[][] slot : texts) {
            slots.add(new float[rows.length][]);
        }
        for (int i = 0; i < rows.length; i++) {
            t[i] = tabular[rows[i]];
            y[i] = labels[rows[i]];
            for (int s = 0; s < texts.size(); s++) {
                slots.get(s)[i] = texts.get(s)[rows[i]];
            }
        }
        return new Dataset(tabularNames, t, slots, y);
    }

    /** Row i's text embeddings, one per slot. */
    public float[][] textsOf(int row) {
        float[][] out = new float[texts.size()][];
        for (int s = 0; s < out.length; s++) {
            out[s] = texts.get(s)[row];
        }
        return out;
    }

    public double positiveRate() {
        double sum = 0;
        for (int label : labels) {
            sum += label;
        }
        return sum / labels.length;
    }
}
