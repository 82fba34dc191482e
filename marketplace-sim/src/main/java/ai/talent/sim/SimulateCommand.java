package ai.talent.sim;

import ai.talent.sim.text.TextHalf;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./talent simulate}: writes a simulated marketplace as JSON lines (all eight {@link SimFiles}), prints its
 * statistics and oracle scores (last line: one JSON object of the figures), and with {@code --report} draws PNG
 * charts.
 */
public final class SimulateCommand {

    static final String USAGE = """
            usage: ./talent simulate [--freelancers N] [--projects M] [--learners L] [--queries Q] [--seed S]
                                     [--out DIR] [--report] [--report-dir DIR] [--clients C]
                                     [--exercises-per-skill E] [--attempts-per-learner A] [--days D]
                                     [--ko SHARE --en SHARE --mixed SHARE] [--text-half train|test|all]
                                     [--mechanisms NAME=STRENGTH,...]
              defaults: 1000 freelancers, 300 projects (clients: projects / 4), 100 learners, 50 queries, seed 42,
                        out target/sim, report dir target/reports/simulator, 10 exercises per skill,
                        60 attempts per learner, 365 days, text shares 0.5 KO / 0.2 EN / 0.3 mixed,
                        the training half of the wording, every mechanism at strength 1
              mechanisms: role, domain, craft, seniority, workload, rate, compatibility, reliability,
                          skill-noise, prerequisites, decay, difficulty, search-profile (0 turns one off)
            parallel English/Korean text of the same content: ./talent simulate parallel --help""";

    private SimulateCommand() {
    }

    public static void main(String[] args) {
        CommandLine.main(args, "simulate", USAGE, SimulateCommand::run);
    }

    static void run(String[] args) {
        CommandLine cli = new CommandLine(args,
                List.of("--freelancers", "--projects", "--learners", "--queries", "--seed", "--out", "--report-dir",
                        "--clients", "--exercises-per-skill", "--attempts-per-learner", "--ko", "--en", "--mixed",
                        "--text-half", "--days", "--mechanisms"),
                List.of("--report"), USAGE);
        SimConfig config = config(cli);
        Path out = Path.of(cli.string("--out", "target/sim"));

        long started = System.nanoTime();
        MarketplaceSimulator simulator = new MarketplaceSimulator(config);
        SimStats stats = simulator.writeTo(out, Progress.toStderr(simulator.workUnits()));
        double seconds = (System.nanoTime() - started) / 1e9;

        stats.print(System.out);
        System.out.printf(Locale.ROOT, "wrote %s in %.1f s%n", out.toAbsolutePath(), seconds);
        if (cli.has("--report")) {
            Path reportDir = Path.of(cli.string("--report-dir", "target/reports/simulator"));
            List<Path> charts = ReportCharts.write(stats, reportDir);
            charts.forEach(p -> System.out.println("chart " + p.toAbsolutePath()));
        }
        System.out.println(stats.toJson());
    }

    /** The configuration the common options describe (shared with the scale benchmark and the evaluation). */
    static SimConfig config(CommandLine cli) {
        SimConfig base = SimConfig.of(cli.count("--freelancers", 1000), cli.count("--projects", 300),
                cli.count("--learners", 100), cli.number("--seed", 42));
        SimConfig config = base
                .withClients(cli.count("--clients", base.clients()))
                .withQueries(cli.count("--queries", base.queries()))
                .withExercisesPerSkill(cli.count("--exercises-per-skill", base.exercisesPerSkill()))
                .withAttemptsPerLearner(cli.count("--attempts-per-learner", base.attemptsPerLearner()))
                .withHistoryDays(cli.count("--days", base.historyDays()))
                .withLanguageShares(cli.decimal("--ko", base.koShare()), cli.decimal("--en", base.enShare()),
                        cli.decimal("--mixed", base.mixedShare()))
                .withMechanisms(Mechanisms.defaults().parse(cli.string("--mechanisms", "")));
        String half = cli.string("--text-half", "train").toUpperCase(Locale.ROOT);
        try {
            return config.withTextHalf(TextHalf.valueOf(half));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--text-half must be train, test or all, was "
                    + cli.string("--text-half", ""));
        }
    }
}
