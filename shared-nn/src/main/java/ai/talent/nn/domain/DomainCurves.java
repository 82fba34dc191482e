package ai.talent.nn.domain;

import ai.talent.nn.report.ChartFiles;
import java.awt.BasicStroke;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The domain fine-tuning curves, {@code <run>-curves.csv} and {@code <run>-curves.png}: training loss above, the
 * dev-slice retrieval and STS checks below, against the step.
 */
public final class DomainCurves {

    static final String HEADER = "step,train_loss,dev_title_mrr10,dev_title_recall10,dev_skill_mrr10,sts_spearman,seconds";

    private DomainCurves() {
    }

    public static void write(List<DomainFineTuning.Check> history, Path dir, String run) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (DomainFineTuning.Check c : history) {
            sb.append(String.format(Locale.ROOT, "%d,%.6g,%.6g,%.6g,%.6g,%.6g,%.1f%n", c.step(), c.trainLoss(),
                    c.titleMrr10(), c.titleRecall10(), c.skillMrr10(), c.stsSpearman(), c.seconds()));
        }
        Path csv = dir.resolve(run + "-curves.csv");
        try {
            Files.createDirectories(dir);
            Files.writeString(csv, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + csv, e);
        }
        ChartFiles.writePng(() -> chart(history, run), dir.resolve(run + "-curves.png"), 900, 650, "domain curves");
    }

    private static JFreeChart chart(List<DomainFineTuning.Check> history, String run) {
        XYSeries loss = new XYSeries("train loss (mean since last check)");
        XYSeries titles = new XYSeries("dev title MRR@10");
        XYSeries recall = new XYSeries("dev title Recall@10");
        XYSeries skills = new XYSeries("dev skill MRR@10");
        XYSeries sts = new XYSeries("STS-B train sample Spearman");
        for (DomainFineTuning.Check c : history) {
            add(loss, c.step(), c.trainLoss());
            add(titles, c.step(), c.titleMrr10());
            add(recall, c.step(), c.titleRecall10());
            add(skills, c.step(), c.skillMrr10());
            add(sts, c.step(), c.stsSpearman());
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("step"));
        plot.add(subplot("loss", loss), 1);
        plot.add(subplot("checks", titles, recall, skills, sts), 2);
        return new JFreeChart(run + " fine-tuning", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    private static XYPlot subplot(String axis, XYSeries... series) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (XYSeries s : series) {
            if (s.getItemCount() > 0) {
                data.addSeries(s);
            }
        }
        NumberAxis range = new NumberAxis(axis);
        range.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        return new XYPlot(data, null, range, renderer);
    }

    private static void add(XYSeries series, int step, double value) {
        if (!Double.isNaN(value)) {
            series.add(step, value);
        }
    }
}
