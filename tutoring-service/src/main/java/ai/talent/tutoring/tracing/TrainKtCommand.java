package ai.talent.tutoring.tracing;

import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.registry.ModelRegistry;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code ./talent train kt}: trains tutoring's DKT on simulated learners and publishes it, promoted, into the
 * tutoring-service's registry ({@code .run/state/tutoring-service/models} by default, the service's
 * {@code tutoring.model.registry}), where the service loads it at its next start.
 */
public final class TrainKtCommand {

    static final String USAGE = """
            Usage: ./talent train kt [--registry DIR] [--learners N] [--epochs N] [--hidden N] [--seed S] [--quick]
              trains a DKT (LSTM over skill-response rows, leak-free) on simulated learners (marketplace-sim) and
              publishes it as 'tutoring-kt' into the registry, promoted; the tutoring-service loads the promoted
              version at start. Defaults: --registry .run/state/tutoring-service/models --learners 2000 --epochs 15
              --hidden 64 --seed 42; --quick: 400 learners, 5 epochs. Ends with one JSON line.
            """;

    public static void main(String[] args) {
        Path registry = Path.of(".run/state/tutoring-service/models");
        KtTraining.Settings settings = KtTraining.Settings.defaults();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    System.out.print(USAGE);
                    return;
                }
                case "--registry" -> registry = Path.of(value(args, ++i));
                case "--learners" -> settings = settings.withLearners(Integer.parseInt(value(args, ++i)));
                case "--epochs" -> settings = settings.withEpochs(Integer.parseInt(value(args, ++i)));
                case "--hidden" -> settings = settings.withHidden(Integer.parseInt(value(args, ++i)));
                case "--seed" -> settings = settings.withSeed(Long.parseLong(value(args, ++i)));
                case "--quick" -> settings = settings.withLearners(400).withEpochs(5);
                default -> {
                    System.err.println("train kt: unknown option '" + args[i] + "'");
                    System.err.print(USAGE);
                    System.exit(2);
                }
            }
        }
        SkillVocabulary skills = SkillVocabulary.of(SkillTaxonomy.standard());
        System.out.printf(Locale.ROOT, "training DKT (hidden %d) on %d simulated learners, %d skills, seed %d%n",
                settings.hidden(), settings.learners(), skills.size(), settings.seed());
        KtTraining.Result result = KtTraining.train(new ModelRegistry(registry), KtModels.NAME, skills, settings);
        System.out.printf(Locale.ROOT, "published and promoted %s %s under %s (%.0f s): validation AUC %.3f "
                        + "(untrained %.3f)%n", KtModels.NAME, result.version(), registry, result.seconds(),
                result.metrics().get("validation.auc"), result.metrics().get("validation.auc.untrained"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dkt.version", result.version());
        result.metrics().forEach((k, v) -> json.put("dkt." + k, v));
        json.put("dkt.seconds", result.seconds());
        System.out.println(json.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + (e.getValue() instanceof String s
                ? "\"" + s + "\"" : String.format(Locale.ROOT, "%.4f", ((Number) e.getValue()).doubleValue())))
                .collect(Collectors.joining(",", "{", "}")));
        System.exit(0);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            System.err.println("train kt: " + args[i - 1] + " needs a value");
            System.exit(2);
        }
        return args[i];
    }
}
