package ai.talent.nn.train;

import ai.talent.nn.report.ChartFiles;
import java.awt.BasicStroke;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Writes a run's per-epoch history as {@code <run>-curves.csv} and a loss plot {@code <run>-curves.png}. */
public final class TrainingCurves {

    static final int WIDTH = 900;
    static final int HEIGHT = 500;
    static final String CSV_HEADER =
            "epoch,train_loss,validation_loss,validation_metric,learning_rate,gradient_norm,seconds";

    private TrainingCurves() {
    }

    public static Path writeCsv(List<EpochStats> history, Path dir, String run) {
        Path file = dir.resolve(run + "-curves.csv");
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (EpochStats s : history) {
            sb.append(String.format(Locale.ROOT, "%d,%.6g,%.6g,%.6g,%.6g,%.6g,%.4f%n", s.epoch(), s.trainLoss(),
                    s.validationLoss(), s.validationMetric(), s.learningRate(), s.gradientNorm(), s.seconds()));
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write training curves to " + file, e);
        }
        return file;
    }

    /** A headless line chart of train/validation loss (and the validation metric when it differs). */
    public static Path writePng(List<EpochStats> history, Path dir, String run, String metricName) {
        return ChartFiles.writePng(() -> chart(history, run, metricName), dir.resolve(run + "-curves.png"), WIDTH,
                HEIGHT, "training plot");
    }

    private static JFreeChart chart(List<EpochStats> history, String run, String metricName) {
        XYSeries train = new XYSeries("train loss");
        XYSeries validation = new XYSeries("validation loss");
        XYSeries metric = new XYSeries("validation " + metricName);
        for (EpochStats s : history) {
            train.add(s.epoch(), s.trainLoss());
            if (!Double.isNaN(s.validationLoss())) {
                validation.add(s.epoch(), s.validationLoss());
            }
            if (!Double.isNaN(s.validationMetric()) && !"loss".equals(metricName)) {
                metric.add(s.epoch(), s.validationMetric());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection(train);
        if (validation.getItemCount() > 0) {
            data.addSeries(validation);
        }
        if (metric.getItemCount() > 0) {
            data.addSeries(metric);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(
                run + " training curves", "epoch", "value", data, PlotOrientation.VERTICAL, true, false, false);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            chart.getXYPlot().getRenderer().setSeriesStroke(i, new BasicStroke(2f));
        }
        return chart;
    }
}
