package ai.talent.sim;

import ai.talent.domain.model.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** Draws the simulator's statistics as PNG charts (headless), for a person judging whether the market is plausible. */
final class ReportCharts {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 500;

    private ReportCharts() {
    }

    static List<Path> write(SimStats stats, Path dir) {
        System.setProperty("java.awt.headless", "true");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create report folder " + dir + ": " + e.getMessage(), e);
        }
        List<Path> written = new ArrayList<>();

        DefaultCategoryDataset rates = new DefaultCategoryDataset();
        stats.rates().forEach((category, h) -> {
            rates.addValue(h.quantile(0.1), "p10", category.name());
            rates.addValue(h.quantile(0.5), "median", category.name());
            rates.addValue(h.quantile(0.9), "p90", category.name());
        });
        if (rates.getColumnCount() > 0) {
            written.add(save(ChartFactory.createBarChart("Hourly rate by category (KRW)", "category", "KRW / hour",
                    rates, PlotOrientation.VERTICAL, true, false, false), dir.resolve("rates-by-category.png")));
        }

        DefaultCategoryDataset languages = new DefaultCategoryDataset();
        stats.languages().keySet().forEach(kind -> {
            for (Language l : Language.values()) {
                languages.addValue(stats.languageShare(kind, l), l.name(), kind);
            }
        });
        if (languages.getColumnCount() > 0) {
            written.add(save(ChartFactory.createStackedBarChart("Text language share", "texts", "share", languages,
                    PlotOrientation.VERTICAL, true, false, false), dir.resolve("text-languages.png")));
        }

        DefaultCategoryDataset fit = new DefaultCategoryDataset();
        for (int b = 0; b < stats.hireByFit().buckets(); b++) {
            String label = stats.hireByFit().label(b);
            if (stats.hireByFit().total(b) > 0) {
                fit.addValue(stats.hireByFit().rate(b), "hire rate (applicants)", label);
            }
            if (stats.successByFit().total(b) > 0) {
                fit.addValue(stats.successByFit().rate(b), "success rate (contracts)", label);
            }
        }
        if (fit.getColumnCount() > 0) {
            written.add(save(ChartFactory.createLineChart("Hire and success rate by latent fit", "latent fit",
                    "rate", fit, PlotOrientation.VERTICAL, true, false, false), dir.resolve("rates-by-fit.png")));
        }

        DefaultCategoryDataset variety = new DefaultCategoryDataset();
        stats.varieties().forEach((kind, v) -> {
            variety.addValue(v.distinctTrigramRatio(), "distinct token 3-grams", kind);
            variety.addValue(v.distinctTextRatio(), "distinct texts", kind);
        });
        if (variety.getColumnCount() > 0) {
            written.add(save(ChartFactory.createBarChart("Text variety", "texts", "ratio", variety,
                    PlotOrientation.VERTICAL, true, false, false), dir.resolve("text-variety.png")));
        }

        DefaultCategoryDataset oracle = new DefaultCategoryDataset();
        addIfKnown(oracle, stats.oracleContractAuc(), "success AUC");
        addIfKnown(oracle, stats.oracleApplicantNdcg(), "applicants NDCG@10");
        addIfKnown(oracle, stats.oracleQueryNdcg(), "queries NDCG@10");
        addIfKnown(oracle, stats.oracleAttemptAuc(), "attempts AUC");
        if (oracle.getColumnCount() > 0) {
            written.add(save(ChartFactory.createBarChart("Oracle scores (hidden truth)", "task", "score", oracle,
                    PlotOrientation.VERTICAL, false, false, false), dir.resolve("oracle-scores.png")));
        }
        return written;
    }

    private static void addIfKnown(DefaultCategoryDataset data, double value, String label) {
        if (!Double.isNaN(value)) {
            data.addValue(value, "oracle", label);
        }
    }

    private static Path save(JFreeChart chart, Path file) {
        try {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + file + ": " + e.getMessage(), e);
        }
    }
}
