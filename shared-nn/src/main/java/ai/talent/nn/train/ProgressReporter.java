package ai.talent.nn.train;

/** Shows a training run's progress: a bar on an interactive terminal, periodic log lines otherwise. */
public interface ProgressReporter {

    void step(int epoch, int step, int stepsPerEpoch, double loss);

    void epoch(EpochStats stats, int epochs, String metricName);

    void finish();

    /** A bar when {@code System.console()} is present, log lines when not, nothing when disabled. */
    static ProgressReporter forEnvironment(String run, boolean enabled) {
        if (!enabled) {
            return new ProgressReporter() {
                @Override
                public void step(int epoch, int step, int stepsPerEpoch, double loss) {
                }

                @Override
                public void epoch(EpochStats stats, int epochs, String metricName) {
                }

                @Override
                public void finish() {
                }
            };
        }
        return System.console() != null ? new TerminalProgressBar(run) : new LogProgressReporter(run);
    }
}
