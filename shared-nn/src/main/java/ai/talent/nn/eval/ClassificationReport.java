package ai.talent.nn.eval;

import java.util.List;

/** Accuracy and per-class, micro- and macro-averaged precision/recall/F1 of a single-label classifier. */
public record ClassificationReport(double accuracy, List<PrecisionRecallF1> perClass, PrecisionRecallF1 micro,
                                   PrecisionRecallF1 macro) {

    /** Builds the report from predicted and true class indices in {@code [0, classes)}. */
    public static ClassificationReport of(int[] predicted, int[] actual, int classes) {
        if (predicted.length != actual.length || predicted.length == 0) {
            throw new IllegalArgumentException("need equally many (>0) predictions and labels; got "
                    + predicted.length + " and " + actual.length);
        }
        long[] tp = new long[classes];
        long[] fp = new long[classes];
        long[] fn = new long[classes];
        long correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            int p = predicted[i];
            int a = actual[i];
            if (p < 0 || p >= classes || a < 0 || a >= classes) {
                throw new IllegalArgumentException("class index out of [0, " + classes + ") at " + i
                        + ": predicted " + p + ", actual " + a);
            }
            if (p == a) {
                tp[p]++;
                correct++;
            } else {
                fp[p]++;
                fn[a]++;
            }
        }
        PrecisionRecallF1[] per = new PrecisionRecallF1[classes];
        long sumTp = 0;
        long sumFp = 0;
        long sumFn = 0;
        double mp = 0;
        double mr = 0;
        double mf = 0;
        for (int c = 0; c < classes; c++) {
            per[c] = PrecisionRecallF1.fromCounts(tp[c], fp[c], fn[c]);
            sumTp += tp[c];
            sumFp += fp[c];
            sumFn += fn[c];
            mp += per[c].precision();
            mr += per[c].recall();
            mf += per[c].f1();
        }
        PrecisionRecallF1 macro = new PrecisionRecallF1(mp / classes, mr / classes, mf / classes);
        return new ClassificationReport((double) correct / predicted.length, List.of(per),
                PrecisionRecallF1.fromCounts(sumTp, sumFp, sumFn), macro);
    }
}
