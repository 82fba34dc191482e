package ai.talent.tutoring.tracing;

import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.tutoring.learning.KnowledgeTracer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code ./talent eval kt --simulated}: tutoring's DKT, as the service runs it online, on simulated learners it never
 * saw: AUC beside the simulator's oracle and the hand-set BKT fallback, and the mastery error against the
 * simulator's stored true mastery.
 */
public final class EvalKtSimulatedCommand {

    static final String USAGE = """
            Usage: ./talent eval kt --simulated [--registry DIR] [--train] [--learners N] [--test-learners N] [--test-from I]
              replays unseen simulated learners (400 from index 500000 by default; training uses the first ones of
              the same market, so the same exercises) online to tutoring's DKT (the promoted
              'tutoring-kt' of --registry, default .run/state/tutoring-service/models; with --train, or when there is
              none, one is trained first into a temporary registry with --learners, default 2000) and to the BKT
              fallback: AUC (± std over five learner groups) beside the simulator's oracle, mastery MAE against the
              true mastery. Ends with one JSON line (also target/reports/kt-simulated.json).
            """;

    public static void main(String[] args) throws Exception {
        Path registry = Path.of(".run/state/tutoring-service/models");
        boolean train = false;
        int testLearners = 400;
        long first = 500_000;
        KtTraining.Settings settings = KtTraining.Settings.defaults();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    System.out.print(USAGE);
                    return;
                }
                case "--simulated" -> { }
                case "--registry" -> registry = Path.of(args[++i]);
                case "--train" -> train = true;
                case "--learners" -> settings = settings.withLearners(Integer.parseInt(args[++i]));
                case "--epochs" -> settings = settings.withEpochs(Integer.parseInt(args[++i]));
                case "--test-learners" -> testLearners = Integer.parseInt(args[++i]);
                case "--test-from" -> first = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("eval kt --simulated: unknown option '" + args[i] + "'");
                    System.err.print(USAGE);
                    System.exit(2);
                }
            }
        }
        SkillVocabulary skills = SkillVocabulary.of(SkillTaxonomy.standard());
        ModelRegistry models = new ModelRegistry(registry);
        if (train || !Files.isDirectory(registry) || models.currentVersion(KtModels.NAME) == null) {
            Path temp = Files.createTempDirectory("tutoring-kt-eval-");
            System.out.printf(Locale.ROOT, "training DKT on %d simulated learners into %s%n", settings.learners(), temp);
            models = new ModelRegistry(temp);
            KtTraining.Result result = KtTraining.train(models, KtModels.NAME, skills, settings);
            System.out.printf(Locale.ROOT, "trained in %.0f s, validation AUC %.3f%n", result.seconds(),
                    result.metrics().get("validation.auc"));
        }
        List<SimulatedLearners.Learner> test = SimulatedLearners.generate(testLearners, 60, first);
        Map<String, TracingReplay.Scores> scores = new LinkedHashMap<>();
        try (DktMasteryModel dkt = KtModels.load(models.loadCurrent(KtModels.NAME, null))) {
            System.out.println("model: " + dkt.version());
            scores.put("dkt", TracingReplay.model(dkt, test));
        }
        scores.put("bkt", TracingReplay.model(new BktMasteryModel(new KnowledgeTracer(0.2, 0.15, 0.1, 0.2), skills,
                0.1, 0.2), test));
        scores.put("oracle", TracingReplay.oracle(test));
        System.out.printf(Locale.ROOT, "%d unseen simulated learners (from index %d), %d attempts, each predicted "
                + "before its answer:%n", testLearners, first, scores.get("oracle").attempts());
        System.out.printf(Locale.ROOT, "%-8s %-18s %s%n", "system", "AUC (± std, 5 groups)", "mastery MAE vs true");
        Map<String, Object> json = new LinkedHashMap<>();
        for (var e : scores.entrySet()) {
            TracingReplay.Scores s = e.getValue();
            System.out.printf(Locale.ROOT, "%-8s %.3f ± %.3f      %s%n", e.getKey(), s.auc(), TracingReplay.std(s.groupAuc()),
                    e.getKey().equals("oracle") ? "0 (it is the truth)" : String.format(Locale.ROOT, "%.3f", s.masteryMae()));
            json.put(e.getKey() + ".sim.auc", s.auc());
            json.put(e.getKey() + ".sim.auc.std", TracingReplay.std(s.groupAuc()));
            if (!e.getKey().equals("oracle")) {
                json.put(e.getKey() + ".sim.mastery_mae", s.masteryMae());
            }
        }
        double headroom = (scores.get("dkt").auc() - 0.5) / (scores.get("oracle").auc() - 0.5);
        System.out.printf(Locale.ROOT, "DKT closes %.0f %% of the way from chance to the oracle%n", 100 * headroom);
        json.put("dkt.sim.share_of_oracle", headroom);
        String line = json.entrySet().stream().map(e -> String.format(Locale.ROOT, "\"%s\":%.4f", e.getKey(),
                ((Number) e.getValue()).doubleValue())).collect(Collectors.joining(",", "{", "}"));
        Path reports = Path.of("target/reports");
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("kt-simulated.json"), line + "\n");
        System.out.println(line);
        System.exit(0);
    }
}
