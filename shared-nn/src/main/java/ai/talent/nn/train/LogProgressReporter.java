package ai.talent.nn.train;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Progress as INFO lines at most every few seconds, for logs and CI where no terminal is attached. */
final class LogProgressReporter implements ProgressReporter {

    private static final Logger LOG = LoggerFactory.getLogger(LogProgressReporter.class);
    static final long INTERVAL_NANOS = 5_000_000_000L;

    private final String run;
    private long lastLine = System.nanoTime();
    private EpochStats last;
    private int epochs;
    private String metricName = "";

    LogProgressReporter(String run) {
        this.run = run;
    }

    @Override
    public void step(int epoch, int step, int stepsPerEpoch, double loss) {
        if (due()) {
            LOG.info("{} epoch {} step {}/{} loss {}", run, epoch, step, stepsPerEpoch, String.format(Locale.ROOT, "%.4f", loss));
        }
    }

    @Override
    public void epoch(EpochStats stats, int epochs, String metricName) {
        this.last = stats;
        this.epochs = epochs;
        this.metricName = metricName;
        if (due()) {
            log(stats);
        }
    }

    @Override
    public void finish() {
        if (last != null) {
            log(last);
        }
    }

    private void log(EpochStats s) {
        String validation = Double.isNaN(s.validationMetric())
                ? ""
                : String.format(Locale.ROOT, " validation %s %.4f", metricName, s.validationMetric());
        LOG.info("{} epoch {}/{} train loss {}{} lr {} ({} s)", run, s.epoch(), epochs,
                String.format(Locale.ROOT, "%.4f", s.trainLoss()), validation,
                String.format(Locale.ROOT, "%.2e", s.learningRate()), String.format(Locale.ROOT, "%.2f", s.seconds()));
    }

    private boolean due() {
        long now = System.nanoTime();
        if (now - lastLine >= INTERVAL_NANOS) {
            lastLine = now;
            return true;
        }
        return false;
    }
}
