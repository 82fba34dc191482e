package ai.talent.search.tagger;

import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.registry.ModelArtifact;
import ai.talent.nn.registry.ModelConfig;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.search.eval.SimulatedSearchSet;
import ai.talent.search.query.Constraint;
import ai.talent.search.query.ConstraintKind;
import ai.talent.search.query.QueryIntent;
import ai.talent.search.query.QueryParser;
import ai.talent.search.query.tagger.QueryTagger;
import ai.talent.search.query.tagger.SkillSpanCorpus;
import ai.talent.search.query.tagger.TaggedSentence;
import ai.talent.search.query.tagger.TaggerLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./talent train query-tagger}: fine-tunes the query tagger (MiniLM's top layers + a BIO head for skill and
 * knowledge spans) on SkillSpan's train split (read from the data folder at run time) and on simulated recruiter
 * queries whose skill mentions are labelled from the simulator's truth, reports span F1 on SkillSpan's test
 * split and on held-out simulated queries, and publishes the model into the registry and promotes it. The model
 * is derived from SkillSpan: it lives in the registry (not in the repository).
 */
public final class TrainQueryTagger {

    private TrainQueryTagger() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/data");
        Path registry = Path.of("target/models/registry");
        int steps = 1200;
        int batch = 16;
        float lr = 3e-4f;
        int trainLayers = 2;
        int simQueries = 1500;
        long seed = 42;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--registry" -> registry = Path.of(args[++i]);
                case "--steps" -> steps = Integer.parseInt(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--lr" -> lr = Float.parseFloat(args[++i]);
                case "--train-layers" -> trainLayers = Integer.parseInt(args[++i]);
                case "--sim-queries" -> simQueries = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("""
                            Usage: ./talent train query-tagger [--data DIR] [--registry DIR] [--steps N] [--batch B]
                                                               [--lr LR] [--train-layers L] [--sim-queries Q] [--seed S]
                            Trains search's query tagger on SkillSpan (DIR/skills/skillspan, default ../shared/data) and
                            simulated queries, prints span F1 on SkillSpan test, publishes and promotes it in the registry
                            (default target/models/registry), where search-service loads it. Last line: one JSON object.""");
                    return;
                }
                default -> {
                    System.err.println("train query-tagger: unknown option '" + args[i] + "' (try --help)");
                    System.exit(2);
                }
            }
        }
        List<TaggedSentence> train = new ArrayList<>(SkillSpanCorpus.split(data, "train"));
        List<TaggedSentence> test = SkillSpanCorpus.split(data, "test");
        List<TaggedSentence> sim = simulatedQueries(simQueries, seed);
        List<TaggedSentence> simTrain = sim.subList(0, sim.size() * 4 / 5);
        List<TaggedSentence> simTest = sim.subList(sim.size() * 4 / 5, sim.size());
        train.addAll(simTrain);
        System.out.printf(Locale.ROOT, "training on %,d SkillSpan train sentences + %,d simulated queries; "
                + "%d steps of %d, top %d layers, lr %.0e%n", train.size() - simTrain.size(), simTrain.size(), steps,
                batch, trainLayers, lr);
        Map<String, Object> json = new LinkedHashMap<>();
        try (QueryTagger tagger = QueryTagger.miniLm()) {
            Map<String, Double> before = tagger.evaluate(test.subList(0, Math.min(300, test.size())));
            long start = System.nanoTime();
            List<Float> losses = new ArrayList<>();
            int chunk = 100;
            for (int done = 0; done < steps; done += chunk) {
                List<Float> l = tagger.train(train, Math.min(chunk, steps - done), batch, lr, trainLayers, seed + done);
                losses.addAll(l);
                double mean = l.stream().mapToDouble(Float::doubleValue).average().orElse(Double.NaN);
                System.out.printf(Locale.ROOT, "  step %,5d / %,d  loss %.4f  (%.0f s)%n", done + l.size(), steps, mean,
                        (System.nanoTime() - start) / 1e9);
            }
            Map<String, Double> skillspan = tagger.evaluate(test);
            Map<String, Double> queries = tagger.evaluate(simTest);
            System.out.printf(Locale.ROOT, "SkillSpan test (%,d sentences) span F1: skill %.3f, knowledge %.3f, "
                    + "combined %.3f (untrained, first 300: combined %.3f)%n", test.size(), skillspan.get("skill.f1"),
                    skillspan.get("knowledge.f1"), skillspan.get("combined.f1"), before.get("combined.f1"));
            System.out.printf(Locale.ROOT, "held-out simulated queries (%,d) span F1: knowledge %.3f%n", simTest.size(),
                    queries.get("knowledge.f1"));
            System.out.println("published on SkillSpan test (span F1): ESCOXLM-R 62.6 (Zhang et al. 2023); the SkillSpan "
                    + "paper (Zhang et al., NAACL 2022) reports JobBERT, its best single model, per type");
            Path dir = Files.createTempDirectory("query-tagger");
            tagger.save(dir);
            Map<String, Double> metrics = new LinkedHashMap<>();
            skillspan.forEach((k, v) -> metrics.put("skillspan.test." + k, v));
            metrics.put("simqueries.test.knowledge.f1", queries.get("knowledge.f1"));
            ModelRegistry models = new ModelRegistry(registry);
            String version = models.publish("query-tagger", new ModelArtifact(
                    Map.of(QueryTagger.ENCODER_FILE, dir.resolve(QueryTagger.ENCODER_FILE),
                            QueryTagger.HEAD_FILE, dir.resolve(QueryTagger.HEAD_FILE)),
                    new ModelConfig(TaggerLoader.MODEL_TYPE, null, null, Map.of("encoder", "all-MiniLM-L6-v2",
                            "trainLayers", trainLayers, "steps", steps, "seed", seed)),
                    metrics, "skillspan-train+sim-" + simQueries + "-seed-" + seed));
            models.promote("query-tagger", version);
            System.out.println("published and promoted query-tagger " + version + " in " + registry.toAbsolutePath());
            skillspan.forEach((k, v) -> json.put("tagger.skillspan.test." + k, round(v)));
            json.put("tagger.simqueries.test.knowledge.f1", round(queries.get("knowledge.f1")));
            json.put("untrained.skillspan.test.combined.f1", round(before.get("combined.f1")));
            json.put("published.escoxlmr.skillspan.test.f1", 0.626);
            json.put("tagger.final_loss", round(losses.get(losses.size() - 1)));
        }
        StringBuilder line = new StringBuilder("{");
        json.forEach((k, v) -> line.append(line.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        System.out.println(line.append('}'));
    }

    /**
     * Simulated queries with their skill mentions tagged as knowledge spans: the rules' skill spans that name a skill
     * of the query's true intent (the simulator's truth), so no guessed label is taught.
     */
    static List<TaggedSentence> simulatedQueries(int count, long seed) {
        QueryParser rules = new QueryParser(SkillTaxonomy.standard(), 1400);
        List<TaggedSentence> out = new ArrayList<>();
        for (SimulatedSearchSet.JudgedQuery q : SimulatedSearchSet.generate(1, count, seed + 1).queries()) {
            Set<String> truth = new HashSet<>(q.intent().skillIds());
            QueryIntent intent = rules.parse(q.text());
            out.add(tag(q.text(), intent.all(ConstraintKind.SKILL).stream().filter(c -> truth.contains(c.value()))
                    .toList()));
        }
        return out;
    }

    static TaggedSentence tag(String text, List<Constraint> skills) {
        List<int[]> words = QueryTagger.words(text);
        List<String> tokens = new ArrayList<>();
        List<String> o = new ArrayList<>();
        List<String> knowledge = new ArrayList<>();
        for (int[] w : words) {
            tokens.add(text.substring(w[0], w[1]));
            o.add("O");
            String tag = "O";
            for (Constraint c : skills) {
                if (w[0] >= c.start() && w[1] <= c.end()) {
                    tag = w[0] == c.start() ? "B-KNOWLEDGE" : "I-KNOWLEDGE";
                }
            }
            knowledge.add(tag);
        }
        return new TaggedSentence(tokens, o, knowledge);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
