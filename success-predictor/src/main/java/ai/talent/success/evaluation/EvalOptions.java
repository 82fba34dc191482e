package ai.talent.success.evaluation;

import java.nio.file.Path;

/**
 * Options of {@code ./talent eval success}.
 *
 * @param data       the Kickstarter CSV
 * @param reports    where PNGs and the JSON report go
 * @param trials     tuner budget (ensemble and XGBoost alike)
 * @param folds      k of the cross-validation behind the tuner
 * @param members    ensemble size
 * @param kickstarter whether to run the Kickstarter half
 * @param simulated  whether to run the simulated half
 * @param simFreelancers freelancers per simulated marketplace
 * @param simProjects projects per simulated marketplace
 * @param trainSeed  seed of the simulated marketplace trained on
 * @param testSeed   seed of the simulated marketplace tested on
 * @param seed       seeds training and the bootstrap
 */
public record EvalOptions(Path data, Path reports, int trials, int folds, int members, boolean kickstarter,
                          boolean simulated, int simFreelancers, int simProjects, long trainSeed, long testSeed,
                          long seed) {

    public static final String USAGE = """
            Usage: ./talent eval success [options]
              Trains the temperature-scaled deep ensemble, logistic regression and XGBoost on the same features and
              split, and scores them (ROC-AUC, log-loss, Brier, ECE, accuracy; mean ± bootstrap spread):
              - Kickstarter (real): launches up to 2015 train, 2016 test, launch-time columns only
              - simulated marketplace: train on one seed's early contracts, test on another seed's later ones,
                beside the oracle (the simulator's true success probability)
              Reliability diagrams (PNG) and a JSON report go under --reports. The last line is one JSON object.
            Options:
              --data FILE         Kickstarter CSV (default ../shared/data/success/kickstarter_2009_2016.csv)
              --reports DIR       report folder (default target/reports/success)
              --trials N          Bayesian tuner trials for the ensemble and for XGBoost (default 12)
              --folds K           cross-validation folds behind the tuner (default 3)
              --members N         ensemble members (default 5)
              --only kickstarter|simulated   run one half
              --sim-freelancers N, --sim-projects M   size of each simulated marketplace (default 1500, 4000)
              --train-seed S, --test-seed S           simulated marketplaces (default 42, 43)
              --seed S            training and bootstrap seed (default 7)
              --quick             4 trials, 2 folds, smaller simulated marketplaces (a smoke run)
              -h, --help          this text
            """;

    public static EvalOptions parse(String[] args) {
        Path data = KickstarterData.DEFAULT;
        Path reports = Path.of("target/reports/success");
        int trials = 12;
        int folds = 3;
        int members = 5;
        boolean ks = true;
        boolean sim = true;
        int freelancers = 1500;
        int projects = 4000;
        long trainSeed = 42;
        long testSeed = 43;
        long seed = 7;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--data" -> data = Path.of(value(args, ++i, a));
                case "--reports" -> reports = Path.of(value(args, ++i, a));
                case "--trials" -> trials = Integer.parseInt(value(args, ++i, a));
                case "--folds" -> folds = Integer.parseInt(value(args, ++i, a));
                case "--members" -> members = Integer.parseInt(value(args, ++i, a));
                case "--only" -> {
                    String which = value(args, ++i, a);
                    ks = which.equals("kickstarter");
                    sim = which.equals("simulated");
                    if (!ks && !sim) {
                        throw new IllegalArgumentException("--only takes kickstarter or simulated, not " + which);
                    }
                }
                case "--sim-freelancers" -> freelancers = Integer.parseInt(value(args, ++i, a));
                case "--sim-projects" -> projects = Integer.parseInt(value(args, ++i, a));
                case "--train-seed" -> trainSeed = Long.parseLong(value(args, ++i, a));
                case "--test-seed" -> testSeed = Long.parseLong(value(args, ++i, a));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                case "--quick" -> {
                    trials = 4;
                    folds = 2;
                    freelancers = 600;
                    projects = 1500;
                }
                default -> throw new IllegalArgumentException("unknown option '" + a + "'");
            }
        }
        if (trainSeed == testSeed) {
            throw new IllegalArgumentException("--train-seed and --test-seed must differ");
        }
        return new EvalOptions(data, reports, trials, folds, members, ks, sim, freelancers, projects, trainSeed,
                testSeed, seed);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
