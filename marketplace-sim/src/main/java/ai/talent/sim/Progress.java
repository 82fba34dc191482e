package ai.talent.sim;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows how far a long run is: a redrawn progress bar on a terminal, or a plain line every 10% (at most
 * every few seconds) when the output goes to a log.
 */
public final class Progress {

    private static final long TERMINAL_REDRAW_NANOS = 200_000_000L;
    private static final long LOG_MIN_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private long lastDraw;
    private int lastDecile = -1;
    private String phase = "";

    public Progress(PrintStream out, boolean terminal, long total) {
        this.out = out;
        this.terminal = terminal;
        this.total = Math.max(1, total);
    }

    /** Progress to standard error, as a bar when a console is attached. */
    public static Progress toStderr(long total) {
        return new Progress(System.err, System.console() != null, total);
    }

    /** No output (for tests and embedded use). */
    public static Progress silent() {
        return new Progress(null, false, 1);
    }

    public void phase(String name) {
        this.phase = name;
    }

    public void step() {
        done++;
        if (out == null) {
            return;
        }
        long now = System.nanoTime();
        if (terminal) {
            if (now - lastDraw > TERMINAL_REDRAW_NANOS || done == total) {
                lastDraw = now;
                int width = 30;
                int filled = (int) (width * done / total);
                out.printf(Locale.ROOT, "\r[%s%s] %3d%% %,d/%,d %-12s %s", "#".repeat(filled),
                        " ".repeat(width - filled), 100 * done / total, done, total, phase, eta(now));
                out.flush();
            }
        } else {
            int decile = (int) (10 * done / total);
            if (decile != lastDecile && (now - lastDraw > LOG_MIN_INTERVAL_NANOS || done == total)) {
                lastDecile = decile;
                lastDraw = now;
                out.printf(Locale.ROOT, "simulate: %3d%% (%,d/%,d) %s %s%n", 100 * done / total, done, total, phase,
                        eta(now));
            }
        }
    }

    public void finish() {
        if (out != null && terminal) {
            out.println();
        }
    }

    private String eta(long now) {
        double elapsed = (now - started) / 1e9;
        double left = done == 0 ? 0 : elapsed * (total - done) / done;
        return String.format(Locale.ROOT, "%.0fs elapsed, ~%.0fs left", elapsed, left);
    }
}
