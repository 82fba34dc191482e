package ai.talent.nn.eval;

/** Scores one fold's predictions for the given test rows (e.g. ROC-AUC against the rows' labels). */
@FunctionalInterface
public interface FoldScorer {

    double score(int[] testRows, double[] predictions);
}
