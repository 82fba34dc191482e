package ai.talent.nn.eval;

import ai.talent.nn.report.ChartFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws a reliability diagram (observed frequency against mean predicted probability per bin) as a PNG. */
public final class ReliabilityDiagram {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;

    private ReliabilityDiagram() {
    }

    /** Writes the diagram to {@code file} (parent folders are created); runs headless. */
    public static Path write(List<ReliabilityBin> bins, String title, Path file) {
        return ChartFiles.writePng(() -> chart(bins, title), file, WIDTH, HEIGHT, "reliability diagram");
    }

    private static JFreeChart chart(List<ReliabilityBin> bins, String title) {
        XYSeries model = new XYSeries("model");
        for (ReliabilityBin bin : bins) {
            if (bin.count() > 0) {
                model.add(bin.meanPredicted(), bin.fractionPositive());
            }
        }
        XYSeries ideal = new XYSeries("perfectly calibrated");
        ideal.add(0.0, 0.0);
        ideal.add(1.0, 1.0);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(model);
        data.addSeries(ideal);

        NumberAxis x = new NumberAxis("mean predicted probability");
        NumberAxis y = new NumberAxis("observed frequency");
        x.setRange(0, 1);
        y.setRange(0, 1);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, new Color(31, 119, 180));
        renderer.setSeriesPaint(1, Color.GRAY);
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesStroke(1, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {4f, 4f}, 0f));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
