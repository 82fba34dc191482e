package ai.talent.nn.train;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar redrawn with carriage returns, for interactive terminals. */
final class TerminalProgressBar implements ProgressReporter {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final String run;
    private final PrintStream out = System.err;
    private long lastDraw;
    private String lastEpochSummary = "";

    TerminalProgressBar(String run) {
        this.run = run;
    }

    @Override
    public void step(int epoch, int step, int stepsPerEpoch, double loss) {
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS && step < stepsPerEpoch) {
            return;
        }
        lastDraw = now;
        int filled = (int) ((long) WIDTH * step / Math.max(1, stepsPerEpoch));
        String bar = "=".repeat(filled) + " ".repeat(WIDTH - filled);
        out.printf(Locale.ROOT, "\r%s epoch %d [%s] %d/%d loss %.4f %s", run, epoch, bar, step, stepsPerEpoch, loss,
                lastEpochSummary);
        out.flush();
    }

    @Override
    public void epoch(EpochStats stats, int epochs, String metricName) {
        String validation = Double.isNaN(stats.validationMetric())
                ? ""
                : String.format(Locale.ROOT, " validation %s %.4f", metricName, stats.validationMetric());
        lastEpochSummary = String.format(Locale.ROOT, "| last epoch %d/%d train loss %.4f%s", stats.epoch(), epochs,
                stats.trainLoss(), validation);
    }

    @Override
    public void finish() {
        out.println();
        out.println(run + " done " + lastEpochSummary);
    }
}
