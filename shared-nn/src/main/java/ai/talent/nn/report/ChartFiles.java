package ai.talent.nn.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/** Writes the library's charts (training curves, reliability diagrams) as PNG files on headless machines. */
public final class ChartFiles {

    private ChartFiles() {
    }

    /**
     * Builds the chart and writes it to {@code file}, creating parent folders. The chart is built here,
     * after headless mode is on, because AWT reads that setting once, when its first class loads.
     *
     * @param what what the chart shows, for the error message
     */
    public static Path writePng(Supplier<JFreeChart> chart, Path file, int width, int height, String what) {
        System.setProperty("java.awt.headless", "true");
        JFreeChart built = chart.get();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ChartUtils.saveChartAsPNG(file.toFile(), built, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + what + " to " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
