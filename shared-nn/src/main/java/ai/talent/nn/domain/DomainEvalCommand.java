package ai.talent.nn.domain;

import ai.talent.nn.bilingual.KoreanData;
import ai.talent.nn.compress.RetrievalScores;
import ai.talent.nn.eval.Bootstrap;
import ai.talent.nn.eval.Figures;
import ai.talent.nn.eval.ScoredPair;
import ai.talent.nn.eval.SentenceSimilarity;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.registry.PublishedModel;
import ai.talent.nn.text.EncoderChoice;
import ai.talent.nn.text.EncoderSource;
import ai.talent.nn.text.InferenceEngine;
import ai.talent.nn.text.TextEncoder;
import ai.talent.nn.text.TextEncoderConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./talent eval domain-encoder}: the pretrained encoders and their taxonomy-tuned versions side by side on
 * what the tuning never saw — alternative title → occupation for the held-out occupations (ranked among all 2,942
 * occupations), alias → skill for the held-out skills (among every ESCO skill text), and STS-B dev Spearman for
 * general meaning (KorSTS dev too for the bilingual pair) — each with its bootstrap spread, the gain over the
 * pretrained encoder with the spread of the paired difference, and the published all-MiniLM figure. The held-out
 * split is the one recorded with the published model. The last line is one JSON object.
 */
public final class DomainEvalCommand {

    static final String USAGE = """
            Usage: ./talent eval domain-encoder [options]
              --data DIR           taxonomy folder; default ../shared/data/taxonomy
              --korean DIR         STS-B / KorSTS dev; default ../shared/data/korean
              --registry DIR       registry holding encoder-domain (and encoder-domain-bilingual); default target/models/registry
              --base-registry DIR  registry holding the promoted encoder-bilingual; default: --registry
              --engine E           onnxruntime (default) or pytorch
              --queries N          a seeded sample of N held-out title queries (default: all)
              --resamples N        bootstrap resamples (default 1000)""";

    /** all-MiniLM-L6-v2 over all 29,997 ESCO alternative titles (ONNX Runtime, ../shared/data/README.md). */
    static final double PUBLISHED_MRR10 = 0.658;
    static final double PUBLISHED_RECALL10 = 0.824;
    static final double GOAL_MRR10 = 0.70;
    static final double GOAL_STS_GAP = 0.02;
    static final long SEED = 17;

    private DomainEvalCommand() {
    }

    /** The tasks every encoder is scored on. */
    record Tasks(RetrievalTask titles, RetrievalTask skills, List<ScoredPair> stsB, List<ScoredPair> korSts) {
    }

    /** One encoder's per-item scores, kept for paired differences. */
    record Scores(RetrievalScores titles, RetrievalScores skills, double[] stsCosines, double[] korStsCosines) {
    }

    public static void main(String[] args) throws Exception {
        Path data = Taxonomy.DEFAULT_DIR;
        Path korean = KoreanData.DEFAULT_DIR;
        Path registryDir = Path.of("target/models/registry");
        Path baseRegistryDir = null;
        InferenceEngine engine = InferenceEngine.ONNX_RUNTIME;
        int queries = 0;
        int resamples = 1000;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ("--help".equals(a) || "-h".equals(a)) {
                System.out.println(USAGE);
                return;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + a + "\n" + USAGE);
            }
            String v = args[++i];
            switch (a) {
                case "--data" -> data = Path.of(v);
                case "--korean" -> korean = Path.of(v);
                case "--registry" -> registryDir = Path.of(v);
                case "--base-registry" -> baseRegistryDir = Path.of(v);
                case "--queries" -> queries = Integer.parseInt(v);
                case "--resamples" -> resamples = Integer.parseInt(v);
                case "--engine" -> engine = switch (v) {
                    case "onnxruntime" -> InferenceEngine.ONNX_RUNTIME;
                    case "pytorch" -> InferenceEngine.PYTORCH;
                    default -> throw new IllegalArgumentException("--engine takes onnxruntime or pytorch\n" + USAGE);
                };
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        long start = System.nanoTime();
        ModelRegistry registry = new ModelRegistry(registryDir);
        ModelRegistry baseRegistry = new ModelRegistry(baseRegistryDir == null ? registryDir : baseRegistryDir);
        if (registry.currentVersion(EncoderSource.DOMAIN) == null) {
            throw new IllegalStateException("no promoted " + EncoderSource.DOMAIN + " under " + registryDir
                    + "; train it with ./talent train encoder-domain (or pass --registry)");
        }
        Taxonomy taxonomy = Taxonomy.load(data);
        DomainSplit split = recordedSplit(taxonomy, registry, EncoderSource.DOMAIN);
        boolean bilingual = baseRegistry.currentVersion(EncoderSource.BILINGUAL) != null
                && registry.currentVersion(EncoderSource.DOMAIN_BILINGUAL) != null;
        if (bilingual && !recordedSplit(taxonomy, registry, EncoderSource.DOMAIN_BILINGUAL).equals(split)) {
            throw new IllegalStateException(EncoderSource.DOMAIN_BILINGUAL + " was trained on another split than "
                    + EncoderSource.DOMAIN + "; retrain one of them so both hold out the same occupations");
        }
        Tasks tasks = tasks(taxonomy, split, korean, queries, bilingual);
        System.out.printf(Locale.ROOT, "held-out occupations %d: %d alternative-title queries over all %d occupations; "
                + "held-out skills %d: %d alias queries over %d skill texts; STS-B dev %d pairs%n",
                split.heldOutOccupations().size(), tasks.titles().queries().size(), tasks.titles().candidates().size(),
                split.heldOutSkills().size(), tasks.skills().queries().size(), tasks.skills().candidates().size(),
                tasks.stsB().size());

        TextEncoderConfig config = TextEncoderConfig.defaults().withCacheSize(0).withEngine(engine);
        Map<String, Object> figures = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Scores> scores = new LinkedHashMap<>();
        scores.put("teacher", score("teacher", EncoderChoice.TEACHER, registry, tasks, config, names));
        scores.put("domain", score("domain", EncoderChoice.DOMAIN, registry, tasks, config, names));
        if (bilingual) {
            scores.put("bilingual", score("bilingual", EncoderChoice.BILINGUAL, baseRegistry, tasks, config, names));
            scores.put("domain_bilingual", score("domain_bilingual", EncoderChoice.DOMAIN_BILINGUAL, registry, tasks,
                    config, names));
        }
        for (Map.Entry<String, Scores> e : scores.entrySet()) {
            report(e.getKey(), e.getValue(), tasks, resamples, figures);
        }
        gains("domain", scores.get("domain"), "teacher", scores.get("teacher"), tasks, resamples, figures);
        if (bilingual) {
            gains("domain_bilingual", scores.get("domain_bilingual"), "bilingual", scores.get("bilingual"), tasks,
                    resamples, figures);
        }
        figures.put("published.all_minilm.esco_all_queries.mrr10", PUBLISHED_MRR10);
        figures.put("published.all_minilm.esco_all_queries.recall10", PUBLISHED_RECALL10);
        figures.put("goal.heldout_titles.mrr10", GOAL_MRR10);
        figures.put("goal.stsb_dev.max_gap", GOAL_STS_GAP);
        figures.put("heldout.occupations", split.heldOutOccupations().size());
        figures.put("heldout.skills", split.heldOutSkills().size());
        figures.put("engine", engine.name());
        figures.put("seconds", (System.nanoTime() - start) / 1e9);

        System.out.println();
        names.forEach((k, v) -> System.out.println(k + ": " + v));
        System.out.println();
        print(figures, "teacher", "domain");
        if (bilingual) {
            System.out.println();
            print(figures, "bilingual", "domain_bilingual");
        } else {
            System.out.println("(no promoted " + EncoderSource.BILINGUAL + " and " + EncoderSource.DOMAIN_BILINGUAL
                    + " pair: the bilingual rows are not measured)");
        }
        System.out.printf(Locale.ROOT, "published: all-MiniLM-L6-v2 over all ESCO alternative titles MRR@10 %.3f, "
                + "Recall@10 %.3f (the teacher row above is measured on the held-out queries in this run)%n",
                PUBLISHED_MRR10, PUBLISHED_RECALL10);
        System.out.printf(Locale.ROOT, "goals: held-out title MRR@10 >= %.2f (domain %.4f); STS-B dev within %.2f of "
                + "the pretrained encoder (gap %.4f)%n", GOAL_MRR10, (double) figures.get("domain.heldout_titles.mrr10"),
                GOAL_STS_GAP, (double) figures.get("teacher.stsb_dev.spearman")
                        - (double) figures.get("domain.stsb_dev.spearman"));
        String json = new ObjectMapper().writeValueAsString(figures);
        Path report = Path.of("target/reports/eval-domain-encoder.json");
        Files.createDirectories(report.getParent());
        Files.writeString(report, json + System.lineSeparator());
        System.out.println(json);
    }

    /** The split the model was trained with, as its registry config records it. */
    static DomainSplit recordedSplit(Taxonomy taxonomy, ModelRegistry registry, String model) {
        PublishedModel published = registry.loadCurrent(model, EncoderSource.EXPECTATION);
        Map<String, Object> p = published.config().params();
        if (!(p.get("heldOutFraction") instanceof Number h) || !(p.get("devFraction") instanceof Number d)
                || !(p.get("splitSeed") instanceof Number s)) {
            throw new IllegalStateException(model + " " + published.version() + " records no held-out split "
                    + "(heldOutFraction, devFraction, splitSeed): it was not trained by ./talent train encoder-domain");
        }
        return DomainSplit.of(taxonomy, h.doubleValue(), d.doubleValue(), s.longValue());
    }

    static Tasks tasks(Taxonomy taxonomy, DomainSplit split, Path korean, int queries, boolean korSts)
            throws java.io.IOException {
        Set<String> heldOut = split.heldOutOccupations();
        RetrievalTask titles = RetrievalTask.occupations("held-out titles", taxonomy, o -> heldOut.contains(o.id()),
                o -> true, queries, SEED);
        RetrievalTask skills = RetrievalTask.skills("held-out skills", taxonomy,
                s -> split.heldOutSkills().contains(s.id()), Set.of(), -1, 0, SEED);
        return new Tasks(titles, skills, KoreanData.stsB(korean, "dev"),
                korSts ? KoreanData.korSts(korean, "dev") : null);
    }

    static Scores score(String key, EncoderChoice choice, ModelRegistry registry, Tasks tasks,
            TextEncoderConfig config, Map<String, String> names) {
        long start = System.nanoTime();
        names.put(key, EncoderSource.describe(registry, choice));
        try (TextEncoder encoder = EncoderSource.load(registry, choice, config)) {
            Scores s = new Scores(tasks.titles().score(encoder::embed), tasks.skills().score(encoder::embed),
                    SentenceSimilarity.cosines(encoder::embed, tasks.stsB()),
                    tasks.korSts() == null ? null : SentenceSimilarity.cosines(encoder::embed, tasks.korSts()));
            System.out.printf(Locale.ROOT, "%s (%s) evaluated in %.0f s%n", key, names.get(key),
                    (System.nanoTime() - start) / 1e9);
            return s;
        } catch (Exception e) {
            throw new IllegalStateException(key + " could not be evaluated: " + e.getMessage(), e);
        }
    }

    static void report(String key, Scores s, Tasks tasks, int resamples, Map<String, Object> figures) {
        Figures.put(figures, key + ".heldout_titles.mrr10", s.titles().mrr10Spread(resamples, SEED));
        Figures.put(figures, key + ".heldout_titles.recall10", s.titles().recall10Spread(resamples, SEED));
        Figures.put(figures, key + ".heldout_skills.mrr10", s.skills().mrr10Spread(resamples, SEED));
        Figures.put(figures, key + ".heldout_skills.recall10", s.skills().recall10Spread(resamples, SEED));
        Figures.put(figures, key + ".stsb_dev.spearman",
                SentenceSimilarity.spearmanSpread(s.stsCosines(), tasks.stsB(), resamples, SEED));
        if (s.korStsCosines() != null && (key.contains("bilingual"))) {
            Figures.put(figures, key + ".korsts_dev.spearman", SentenceSimilarity.spearmanSpread(s.korStsCosines(),
                    tasks.korSts(), resamples, SEED));
        }
    }

    /** Tuned minus pretrained on the same queries: the mean gain with the bootstrap spread of the paired difference. */
    static void gains(String tuned, Scores t, String base, Scores b, Tasks tasks, int resamples,
            Map<String, Object> figures) {
        Figures.put(figures, tuned + ".heldout_titles.mrr10.gain_over_" + base,
                Bootstrap.meanAndSpread(difference(t.titles().reciprocalRanks10(), b.titles().reciprocalRanks10()),
                        resamples, SEED));
        Figures.put(figures, tuned + ".heldout_skills.mrr10.gain_over_" + base,
                Bootstrap.meanAndSpread(difference(t.skills().reciprocalRanks10(), b.skills().reciprocalRanks10()),
                        resamples, SEED));
    }

    private static double[] difference(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i];
        }
        return out;
    }

    private static void print(Map<String, Object> f, String base, String tuned) {
        System.out.printf(Locale.ROOT, "%-34s %-22s %-22s %-22s%n", "", base + " (pretrained)", tuned + " (tuned)",
                "gain (paired)");
        List<String[]> rows = new ArrayList<>(List.of(
                new String[] {"held-out titles MRR@10", "heldout_titles.mrr10"},
                new String[] {"held-out titles Recall@10", "heldout_titles.recall10"},
                new String[] {"held-out skills MRR@10", "heldout_skills.mrr10"},
                new String[] {"held-out skills Recall@10", "heldout_skills.recall10"},
                new String[] {"STS-B dev Spearman", "stsb_dev.spearman"}));
        if (f.containsKey(base + ".korsts_dev.spearman")) {
            rows.add(new String[] {"KorSTS dev Spearman", "korsts_dev.spearman"});
        }
        for (String[] r : rows) {
            String gainKey = tuned + "." + r[1] + ".gain_over_" + base;
            System.out.printf(Locale.ROOT, "%-34s %-22s %-22s %-22s%n", r[0], Figures.cell(f, base + "." + r[1]),
                    Figures.cell(f, tuned + "." + r[1]), f.containsKey(gainKey) ? Figures.cell(f, gainKey)
                            : String.format(Locale.ROOT, "%+.4f", (double) f.get(tuned + "." + r[1])
                                    - (double) f.get(base + "." + r[1])));
        }
    }
}
