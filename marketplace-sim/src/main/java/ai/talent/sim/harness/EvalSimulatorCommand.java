package ai.talent.sim.harness;

import ai.talent.sim.Mechanisms;
import ai.talent.sim.SimConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./talent eval simulator}: builds the scoring harness and prints, per task and per text language, the
 * references (random, rule, structured-only logistic regression), the oracle and the bag-of-words logistic
 * regression over the texts, with the share of the headroom closed; the last line is one JSON object.
 */
public final class EvalSimulatorCommand {

    private EvalSimulatorCommand() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        HarnessConfig config = HarnessConfig.defaults();
        int f = args.length > 0 ? Integer.parseInt(args[0]) : 2500;
        int p = args.length > 1 ? Integer.parseInt(args[1]) : 2500;
        int l = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        config = config.withMarket(SimConfig.of(f, p, l, 0).withQueries(60));
        if (args.length > 3) {
            config = config.withMechanisms(Mechanisms.defaults().parse(args[3]));
        }
        ScoringHarness harness = ScoringHarness.build(config, 2, s -> System.err.println("simulated seed " + s));
        System.err.printf(Locale.ROOT, "built in %.1f s%n", (System.nanoTime() - started) / 1e9);
        BagOfWordsModel bow = new BagOfWordsModel(ai.talent.domain.skill.SkillTaxonomy.standard(), 11);
        List<TaskReport> reports = new ArrayList<>();
        reports.add(harness.success().report(Map.of(BagOfWordsModel.NAME, bow.success(harness.success()))));
        reports.add(harness.applicants().report(Map.of(BagOfWordsModel.NAME, bow.applicants(harness.applicants()))));
        reports.add(harness.search().report(Map.of(BagOfWordsModel.NAME, bow.search(harness.search()))));
        reports.add(harness.tracing().report(Map.of()));
        Map<String, Double> figures = new LinkedHashMap<>();
        for (TaskReport r : reports) {
            r.print(System.out);
            figures.putAll(r.figures());
        }
        System.err.printf(Locale.ROOT, "done in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }
}
