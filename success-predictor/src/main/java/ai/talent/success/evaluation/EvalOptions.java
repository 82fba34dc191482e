package ai.talent.success.evaluation;

import ai.talent.nn.text.EncoderChoice;
import ai.talent.sim.SimConfig;
import ai.talent.sim.harness.HarnessConfig;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

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
 * @param trainSeeds the harness's training seeds
 * @param testSeeds  the harness's test seeds
 * @param bootstrap  the harness's bootstrap resamples
 * @param seed       seeds training and the bootstrap
 * @param embeddingCache file keeping text embeddings between runs (null: none)
 * @param textComponents principal components of each text embedding the models read (0: only the similarity; -1:
 *                       each half's default, 16 for Kickstarter's names, 0 for the harness, whose test seeds are
 *                       worded in the other half of the phrase banks)
 * @param encoder    the text encoder ({@code EncoderChoice} key): {@code teacher} (MiniLM, what the service serves)
 *                   or one of the suite's trained encoders from {@code registry}
 * @param registry   the model registry the encoder is looked up in
 * @param memberSelection the ensemble's members from several tuned configurations (greedy ensemble selection)
 */
public record EvalOptions(Path data, Path reports, int trials, int folds, int members, boolean kickstarter,
                          boolean simulated, int simFreelancers, int simProjects, List<Long> trainSeeds,
                          List<Long> testSeeds, int bootstrap, long seed, Path embeddingCache,
                          int textComponents, String encoder, Path registry, boolean memberSelection) {

    /** The embedding cache when none is named: MiniLM's; another encoder's sits beside it under its own name. */
    public static final Path DEFAULT_CACHE = Path.of("target/embedding-cache/success-minilm-128.bin");

    /** The principal components of the text embeddings for one half (Kickstarter or the harness). */
    public int textComponents(boolean harness) {
        return textComponents >= 0 ? textComponents : harness ? 0 : 16;
    }

    /** The simulator's scoring harness at these sizes: markets without learners or queries (only contracts count). */
    public HarnessConfig harnessConfig() {
        HarnessConfig defaults = HarnessConfig.defaults();
        return new HarnessConfig(trainSeeds, testSeeds, SimConfig.of(simFreelancers, simProjects, 0, 0).withQueries(0),
                defaults.trainShare(), bootstrap, defaults.bootstrapSeed());
    }

    public static final String USAGE = """
            Usage: ./talent eval success [options]
              Trains the temperature-scaled deep ensemble, logistic regression and XGBoost on the same features and
              split, and scores them (ROC-AUC, log-loss, Brier, ECE, accuracy; mean ± bootstrap spread):
              - Kickstarter (real): launches up to 2015 train, 2016 test, launch-time columns only
              - simulated marketplace, through the simulator's scoring harness: train on the training seeds'
                contracts completed before their time cut, predict the test seeds' contracts awarded after it;
                the harness scores the three beside its references (random, rule, structured logistic) and the
                oracle (the true success probability), with the share of the headroom closed
              Reliability diagrams (PNG) and a JSON report go under --reports. The last line is one JSON object.
            Options:
              --data FILE         Kickstarter CSV (default ../shared/data/success/kickstarter_2009_2016.csv)
              --reports DIR       report folder (default target/reports/success)
              --trials N          Bayesian tuner trials for the ensemble and for XGBoost (default 12)
              --folds K           cross-validation folds behind the tuner (default 3)
              --members N         ensemble members (default 5)
              --member-selection  members from several tuned configurations, chosen greedily by the out-of-fold
                                  log-loss of their average, instead of all from the best one (measured, not the
                                  default)
              --only kickstarter|simulated   run one half
              --sim-freelancers N, --sim-projects M   size of each simulated marketplace (default 2500, 2500: the
                                  harness's defaults)
              --train-seeds S,S,..  --test-seeds S,S,..  the harness's seeds (default 101,102,103 and 201,202,203)
              --bootstrap N       the harness's bootstrap resamples (default 200)
              --seed S            training and bootstrap seed (default 7)
              --text-components N principal components of each text embedding in the models' input (default 16 for
                                  Kickstarter, 0 for the harness; 0 = the texts' cosine similarity only)
              --embedding-cache FILE|none   text embeddings kept between runs (default
                                  target/embedding-cache/success-minilm-128.bin, another encoder's beside it under
                                  its name; the encoder dominates a run's time)
              --encoder E         the texts' encoder: teacher (MiniLM, as the service; default) | auto | bilingual |
                                  domain | domain-bilingual (trained ones from the registry)
              --registry DIR      model registry (default $TALENT_MODEL_REGISTRY or target/models/registry)
              --quick             4 trials, 2 folds, markets of 1000 freelancers and 1000 projects (a smoke run)
              -h, --help          this text
            """;

    public static EvalOptions parse(String[] args) {
        Path data = KickstarterData.DEFAULT;
        Path reports = Path.of("target/reports/success");
        int trials = 12;
        int folds = 3;
        int members = 5;
        boolean selection = false;
        boolean ks = true;
        boolean sim = true;
        int freelancers = 2500;
        int projects = 2500;
        List<Long> trainSeeds = HarnessConfig.defaults().trainSeeds();
        List<Long> testSeeds = HarnessConfig.defaults().testSeeds();
        int bootstrap = HarnessConfig.defaults().bootstrap();
        long seed = 7;
        Path cache = DEFAULT_CACHE;
        int components = -1;
        String encoder = "teacher";
        Path registry = Path.of(System.getenv().getOrDefault("TALENT_MODEL_REGISTRY", "target/models/registry"));
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--data" -> data = Path.of(value(args, ++i, a));
                case "--reports" -> reports = Path.of(value(args, ++i, a));
                case "--trials" -> trials = Integer.parseInt(value(args, ++i, a));
                case "--folds" -> folds = Integer.parseInt(value(args, ++i, a));
                case "--members" -> members = Integer.parseInt(value(args, ++i, a));
                case "--member-selection" -> selection = true;
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
                case "--train-seeds" -> trainSeeds = seeds(value(args, ++i, a));
                case "--test-seeds" -> testSeeds = seeds(value(args, ++i, a));
                case "--bootstrap" -> bootstrap = Integer.parseInt(value(args, ++i, a));
                case "--embedding-cache" -> {
                    String v = value(args, ++i, a);
                    cache = v.equals("none") ? null : Path.of(v);
                }
                case "--text-components" -> components = Integer.parseInt(value(args, ++i, a));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                case "--encoder" -> encoder = EncoderChoice.parse(value(args, ++i, a)).key();
                case "--registry" -> registry = Path.of(value(args, ++i, a));
                case "--quick" -> {
                    trials = 4;
                    folds = 2;
                    freelancers = 1000;
                    projects = 1000;
                }
                default -> throw new IllegalArgumentException("unknown option '" + a + "'");
            }
        }
        for (Long s : testSeeds) {
            if (trainSeeds.contains(s)) {
                throw new IllegalArgumentException("seed " + s + " is both a training and a test seed");
            }
        }
        return new EvalOptions(data, reports, trials, folds, members, ks, sim, freelancers, projects, trainSeeds,
                testSeeds, bootstrap, seed, cache, components, encoder, registry, selection);
    }

    private static List<Long> seeds(String list) {
        try {
            return Arrays.stream(list.split(",")).map(String::strip).map(Long::parseLong).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seeds are comma-separated integers, not '" + list + "'");
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
