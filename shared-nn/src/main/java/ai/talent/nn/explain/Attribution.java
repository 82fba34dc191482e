package ai.talent.nn.explain;

/**
 * Integrated-gradients attribution of one output to each input feature.
 *
 * @param values per-feature attribution; by completeness they sum to about
 *     {@code outputAtInput − outputAtBaseline}
 * @param outputAtInput f(x)
 * @param outputAtBaseline f(baseline)
 */
public record Attribution(float[] values, double outputAtInput, double outputAtBaseline) {

    public double sum() {
        double s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }

    /** Relative completeness error |Σ attributions − (f(x) − f(b))| / |f(x) − f(b)|. */
    public double completenessError() {
        double delta = outputAtInput - outputAtBaseline;
        return Math.abs(sum() - delta) / Math.max(Math.abs(delta), 1e-12);
    }
}
