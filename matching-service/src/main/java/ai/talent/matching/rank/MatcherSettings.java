package ai.talent.matching.rank;

/**
 * The second stage's settings: the exposure cap (a freelancer in at most {@code exposureShare} of the last
 * {@code exposureWindow} recommendation lists; 0 turns it off), MMR ({@code mmrLambda} 1 turns it off; it reorders
 * the best {@code mmrDepth}), and how many of the best candidates may be sent to the success predictor.
 */
public record MatcherSettings(double exposureShare, int exposureWindow, double mmrLambda, int mmrDepth,
                              int remoteTop) {

    public MatcherSettings {
        if (exposureShare < 0 || exposureShare > 1 || exposureWindow < 1 || mmrLambda < 0 || mmrLambda > 1
                || mmrDepth < 1 || remoteTop < 0) {
            throw new IllegalArgumentException("invalid matcher settings: " + this);
        }
    }

    /** No exposure cap, no MMR, no remote predictions. */
    public static MatcherSettings plain() {
        return new MatcherSettings(0, 1000, 1.0, 50, 0);
    }

    public MatcherSettings withExposureCap(double share, int window) {
        return new MatcherSettings(share, window, mmrLambda, mmrDepth, remoteTop);
    }
}
