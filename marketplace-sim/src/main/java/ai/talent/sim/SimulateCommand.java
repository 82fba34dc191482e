package ai.talent.sim;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./talent simulate}: writes a simulated marketplace as JSON lines, prints its statistics and oracle
 * scores (last line: one JSON object of the figures), and with {@code --report} draws PNG charts.
 */
public final class SimulateCommand {

    static final String USAGE = """
            usage: SimulateCommand [--freelancers N] [--projects M] [--learners L] [--queries Q] [--seed S]
                                   [--out DIR] [--report] [--report-dir DIR] [--clients C] [--exercises E]
                                   [--attempts-per-learner A] [--ko SHARE --en SHARE --mixed SHARE]
              defaults: 1000 freelancers, 300 projects, 100 learners, 0 queries, seed 42, out target/sim,
                        report dir target/reports/simulator, text shares 0.5 KO / 0.2 EN / 0.3 mixed""";

    private SimulateCommand() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        try {
            run(args);
        } catch (IllegalArgumentException e) {
            System.err.println("simulate: " + e.getMessage());
            System.exit(2);
        }
    }

    static void run(String[] args) {
        CommandLine cli = new CommandLine(args,
                List.of("--freelancers", "--projects", "--learners", "--queries", "--seed", "--out", "--report-dir",
                        "--clients", "--exercises", "--attempts-per-learner", "--ko", "--en", "--mixed"),
                List.of("--report"), USAGE);
        SimConfig base = SimConfig.of(cli.count("--freelancers", 1000), cli.count("--projects", 300),
                cli.count("--learners", 100), cli.number("--seed", 42));
        SimConfig config = new SimConfig(base.freelancers(), base.projects(), cli.count("--clients", base.clients()),
                base.learners(), cli.count("--exercises", base.exercises()),
                cli.count("--attempts-per-learner", base.attemptsPerLearner()), cli.count("--queries", 0), base.seed(),
                cli.decimal("--ko", base.koShare()), cli.decimal("--en", base.enShare()),
                cli.decimal("--mixed", base.mixedShare()));
        Path out = Path.of(cli.string("--out", "target/sim"));

        long started = System.nanoTime();
        MarketplaceSimulator simulator = new MarketplaceSimulator(config);
        SimStats stats = simulator.writeTo(out, Progress.toStderr(simulator.workUnits()));
        double seconds = (System.nanoTime() - started) / 1e9;

        stats.print(System.out);
        System.out.printf(java.util.Locale.ROOT, "wrote %s in %.1f s%n", out.toAbsolutePath(), seconds);
        if (cli.has("--report")) {
            Path reportDir = Path.of(cli.string("--report-dir", "target/reports/simulator"));
            List<Path> charts = ReportCharts.write(stats, reportDir);
            charts.forEach(p -> System.out.println("chart " + p.toAbsolutePath()));
        }
        System.out.println(stats.toJson());
    }
}
