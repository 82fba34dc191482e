package ai.talent.nn.domain;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.bilingual.KoreanData;
import ai.talent.nn.compress.EncoderFile;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.eval.ScoredPair;
import ai.talent.nn.registry.Fingerprints;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.registry.PublishedModel;
import ai.talent.nn.text.EncoderSource;
import ai.talent.nn.text.TextTokenizer;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Pooling;
import ai.talent.nn.transformer.PretrainedWeights;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * {@code ./talent train encoder-domain}: fine-tunes the pretrained MiniLM (or, with {@code --base bilingual}, the
 * promoted bilingual student) on job titles and skills from the taxonomies, holding out a fixed share of occupations
 * and skills it never sees; optionally chooses the recipe first by short trials on the dev slice of the training
 * occupations; checks the dev slice as it goes (curves, best checkpoint), and publishes the best checkpoint with its
 * figures as {@code encoder-domain} (or {@code encoder-domain-bilingual}) and promotes it.
 */
public final class DomainTrainCommand {

    static final String USAGE = """
            Usage: ./talent train encoder-domain [options]
              --base B            teacher (pretrained MiniLM, default) or bilingual (the promoted encoder-bilingual)
              --data DIR          taxonomy folder (esco/, onet/); default ../shared/data/taxonomy
              --korean DIR        STS-B train sample for the general-meaning check; default ../shared/data/korean
              --registry DIR      registry to publish into; default target/models/registry
              --base-registry DIR registry holding the promoted encoder-bilingual; default: --registry
              --work DIR          checkpoints; default target/models/<model>-work
              --steps N           training steps (default 1500); --max-minutes M stops earlier and publishes the best
              --remine-every N    steps between hard-negative minings with the current weights (default 500)
              --check-every N     steps between dev checks, curves and checkpoints (default 100)
              --tune              first choose the recipe by short trials on the dev slice (frozen lower layers vs
                                  layer-wise learning-rate decay); --tune-steps N per trial (default 80)
              --frozen N --lr X --decay X --temperature X --batch N --hard-negatives N --mined N
                                  the recipe (defaults: 0, 5e-5, 0.8, 0.05, 64, 1 per pair per step, 3 mined per anchor);
                                  with --base bilingual the promoted encoder-domain's recipe is reused unless given
              --alt-share X       share of alternative titles also paired with another title of their occupation (0.3)
              --tech N            O*NET technology examples paired with their commodity class (1000; 0 = none)
              --no-skills         no skill alias pairs
              --pairs N           train on a seeded sample of N pairs (default 0 = all; mining embeds every anchor)
              --dev-queries N     dev title queries per check (default 1000); --sts-pairs N (default 500)
              --max-length N      token limit (default 64); --seed N (default 7); --no-promote
            Curves: target/reports/<model>-curves.{csv,png}; trials: target/reports/<model>-tuning.csv.""";

    /** A trained check may lose at most this much STS Spearman against the base model to count as best. */
    static final double STS_TOLERANCE = 0.02;

    private DomainTrainCommand() {
    }

    /** Parsed options; recipe fields left null come from the defaults (or the teacher run's recipe). */
    record Options(String base, Path data, Path korean, Path registry, Path baseRegistry, Path work, int steps,
            int remineEvery, int checkEvery, double maxMinutes, boolean tune, int tuneSteps, Integer frozen, Float lr,
            Float decay, Float temperature, Integer batch, Integer hardNegatives, Integer mined, double altShare,
            int tech, boolean skills, int pairs, int devQueries, int stsPairs, int maxLength, long seed, boolean promote,
            Path reports) {

        String model() {
            return "bilingual".equals(base) ? EncoderSource.DOMAIN_BILINGUAL : EncoderSource.DOMAIN;
        }
    }

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        if (o == null) {
            System.out.println(USAGE);
            return;
        }
        run(o);
    }

    static Options parse(String[] args) {
        String base = "teacher";
        Path data = Taxonomy.DEFAULT_DIR;
        Path korean = KoreanData.DEFAULT_DIR;
        Path registry = Path.of("target/models/registry");
        Path baseRegistry = null;
        Path work = null;
        int steps = 1500;
        int remineEvery = 500;
        int checkEvery = 100;
        double maxMinutes = Double.POSITIVE_INFINITY;
        boolean tune = false;
        int tuneSteps = 80;
        Integer frozen = null;
        Float lr = null;
        Float decay = null;
        Float temperature = null;
        Integer batch = null;
        Integer hardNegatives = null;
        Integer mined = null;
        double altShare = DomainPairs.Settings.defaults().altToAltShare();
        int tech = DomainPairs.Settings.defaults().techExamples();
        boolean skills = true;
        int pairs = 0;
        int devQueries = 1000;
        int stsPairs = 500;
        int maxLength = 64;
        long seed = 7;
        boolean promote = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--no-promote" -> promote = false;
                case "--tune" -> tune = true;
                case "--no-skills" -> skills = false;
                default -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("unknown option or missing value: " + a + "\n" + USAGE);
                    }
                    String v = args[++i];
                    switch (a) {
                        case "--base" -> {
                            if (!v.equals("teacher") && !v.equals("bilingual")) {
                                throw new IllegalArgumentException("--base takes teacher or bilingual\n" + USAGE);
                            }
                            base = v;
                        }
                        case "--data" -> data = Path.of(v);
                        case "--korean" -> korean = Path.of(v);
                        case "--registry" -> registry = Path.of(v);
                        case "--base-registry" -> baseRegistry = Path.of(v);
                        case "--work" -> work = Path.of(v);
                        case "--steps" -> steps = Integer.parseInt(v);
                        case "--remine-every" -> remineEvery = Integer.parseInt(v);
                        case "--check-every" -> checkEvery = Integer.parseInt(v);
                        case "--max-minutes" -> maxMinutes = Double.parseDouble(v);
                        case "--tune-steps" -> tuneSteps = Integer.parseInt(v);
                        case "--frozen" -> frozen = Integer.parseInt(v);
                        case "--lr" -> lr = Float.parseFloat(v);
                        case "--decay" -> decay = Float.parseFloat(v);
                        case "--temperature" -> temperature = Float.parseFloat(v);
                        case "--batch" -> batch = Integer.parseInt(v);
                        case "--hard-negatives" -> hardNegatives = Integer.parseInt(v);
                        case "--mined" -> mined = Integer.parseInt(v);
                        case "--alt-share" -> altShare = Double.parseDouble(v);
                        case "--tech" -> tech = Integer.parseInt(v);
                        case "--pairs" -> pairs = Integer.parseInt(v);
                        case "--dev-queries" -> devQueries = Integer.parseInt(v);
                        case "--sts-pairs" -> stsPairs = Integer.parseInt(v);
                        case "--max-length" -> maxLength = Integer.parseInt(v);
                        case "--seed" -> seed = Long.parseLong(v);
                        default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
                    }
                }
            }
        }
        String model = "bilingual".equals(base) ? EncoderSource.DOMAIN_BILINGUAL : EncoderSource.DOMAIN;
        return new Options(base, data, korean, registry, baseRegistry == null ? registry : baseRegistry,
                work == null ? Path.of("target/models/" + model + "-work") : work, steps, remineEvery, checkEvery,
                maxMinutes, tune, tuneSteps, frozen, lr, decay, temperature, batch, hardNegatives, mined, altShare,
                tech, skills, pairs, devQueries, stsPairs, maxLength, seed, promote, Path.of("target/reports"));
    }

    /** Trains, publishes, and returns the published version. */
    static String run(Options o) throws Exception {
        long start = System.nanoTime();
        Taxonomy taxonomy = Taxonomy.load(o.data());
        DomainSplit split = DomainSplit.defaults(taxonomy);
        DomainPairs pairs = DomainPairs.build(taxonomy, split.trainsOn(), split.trainsOnSkill(),
                new DomainPairs.Settings(o.altShare(), o.skills(), o.tech()), o.seed()).sample(o.pairs());
        long trainOccupations = taxonomy.occupations().stream().filter(split.trainsOn()).count();
        System.out.printf(Locale.ROOT, "occupations: %d, held out %d (never trained on), dev slice %d, training %d%n",
                taxonomy.occupations().size(), split.heldOutOccupations().size(), split.devOccupations().size(),
                trainOccupations);
        System.out.printf(Locale.ROOT, "skills with aliases: %d, held out %d, dev slice %d; skill texts %d; O*NET "
                + "technology examples %d%n", taxonomy.skills().size(), split.heldOutSkills().size(),
                split.devSkills().size(), taxonomy.skillCandidates().size(), taxonomy.techExamples().size());
        System.out.println("training pairs: " + pairs.counts());
        DomainFineTuning.Checks checks = devChecks(taxonomy, split, o);

        Files.createDirectories(o.work());
        Path tokenizerFile = o.work().resolve(EncoderSource.TOKENIZER);
        Path baseWeights = null;
        String baseName = "all-MiniLM-L6-v2";
        Recipe recipe = Recipe.defaults();
        if ("bilingual".equals(o.base())) {
            ModelRegistry baseRegistry = new ModelRegistry(o.baseRegistry());
            if (baseRegistry.currentVersion(EncoderSource.BILINGUAL) == null) {
                throw new IllegalStateException("no promoted " + EncoderSource.BILINGUAL + " under " + o.baseRegistry()
                        + "; train one with ./talent train encoder-bilingual or pass --base-registry");
            }
            PublishedModel student = baseRegistry.loadCurrent(EncoderSource.BILINGUAL, EncoderSource.EXPECTATION);
            baseWeights = student.file(EncoderSource.WEIGHTS);
            Files.copy(student.file(EncoderSource.TOKENIZER), tokenizerFile, StandardCopyOption.REPLACE_EXISTING);
            baseName = EncoderSource.BILINGUAL + " " + student.version() + " (" + o.baseRegistry() + ")";
            recipe = teacherRecipe(new ModelRegistry(o.registry()), recipe);
        } else {
            copyResource(PretrainedWeights.MINILM_TOKENIZER, tokenizerFile);
        }
        recipe = overrides(recipe, o);
        System.out.println("base encoder: " + baseName);

        try (TextTokenizer tokenizer = TextTokenizer.fromFile(tokenizerFile, o.maxLength())) {
            List<Trial> trials = new ArrayList<>();
            if (o.tune()) {
                recipe = tune(o, recipe, baseWeights, tokenizer, pairs, checks, trials);
            }
            System.out.println("recipe: " + recipe.label());
            Path best = o.work().resolve(EncoderSource.WEIGHTS);
            DomainFineTuning.Check[] chosen = {null};
            List<DomainFineTuning.Check> history;
            BertEncoder encoder;
            try (NDManager m = NnEngine.get().newBaseManager()) {
                encoder = loadBase(baseWeights, m);
                List<DomainFineTuning.Check> seen = new ArrayList<>();
                history = DomainFineTuning.train(encoder, tokenizer, pairs, recipe,
                        new DomainFineTuning.Schedule(o.steps(), o.remineEvery(), o.checkEvery(), o.maxMinutes()),
                        checks, o.seed(), c -> {
                            seen.add(c);
                            System.out.println(c.line());
                            DomainCurves.write(seen, o.reports(), o.model());
                            if (c.step() > 0 && better(c, chosen[0], seen.get(0))) {
                                chosen[0] = c;
                                save(encoder, best);
                                System.out.printf(Locale.ROOT, "best so far: step %d -> %s%n", c.step(), best);
                            }
                        });
                if (chosen[0] == null) {
                    DomainFineTuning.Check last = history.get(history.size() - 1);
                    System.out.println("no trained check kept STS within " + STS_TOLERANCE
                            + " of the base; publishing the last weights");
                    chosen[0] = last;
                    save(encoder, best);
                }
                DomainFineTuning.Check baseCheck = history.get(0);
                Map<String, Double> metrics = new LinkedHashMap<>();
                metrics.put("dev_title_mrr10", chosen[0].titleMrr10());
                metrics.put("dev_title_recall10", chosen[0].titleRecall10());
                metrics.put("dev_skill_mrr10", chosen[0].skillMrr10());
                metrics.put("stsb_train_sample_spearman", chosen[0].stsSpearman());
                metrics.put("base_dev_title_mrr10", baseCheck.titleMrr10());
                metrics.put("base_dev_title_recall10", baseCheck.titleRecall10());
                metrics.put("base_dev_skill_mrr10", baseCheck.skillMrr10());
                metrics.put("base_stsb_train_sample_spearman", baseCheck.stsSpearman());
                metrics.put("step", (double) chosen[0].step());
                metrics.put("steps_trained", (double) history.get(history.size() - 1).step());
                metrics.put("seconds", seconds(start));
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("base", baseName);
                extra.put("recipe", recipeParams(recipe));
                extra.put("heldOutFraction", split.heldOutFraction());
                extra.put("devFraction", split.devFraction());
                extra.put("splitSeed", split.seed());
                extra.put("pairs", pairs.counts().toString());
                extra.put("trials", trials.stream().map(Trial::line).toList());
                ModelRegistry registry = new ModelRegistry(o.registry());
                String version = EncoderSource.publish(registry, o.model(), best, tokenizerFile, encoder, Pooling.MEAN,
                        o.maxLength(), metrics, fingerprint(o, recipe), extra);
                if (o.promote()) {
                    registry.promote(o.model(), version);
                }
                System.out.printf(Locale.ROOT, "published %s %s%s under %s (checkpoint of step %d: dev title MRR@10 "
                        + "%.4f, base %.4f) in %.0f s%n", o.model(), version, o.promote() ? " (promoted)" : "",
                        o.registry(), chosen[0].step(), chosen[0].titleMrr10(), baseCheck.titleMrr10(),
                        seconds(start));
                return version;
            }
        }
    }

    /** One recipe tried on the dev slice. */
    record Trial(Recipe recipe, DomainFineTuning.Check base, DomainFineTuning.Check after) {

        double stsDrop() {
            return base.stsSpearman() - after.stsSpearman();
        }

        String line() {
            return String.format(Locale.ROOT, "%s: dev title MRR@10 %.4f -> %.4f, skill %.4f -> %.4f, STS %.4f -> "
                    + "%.4f", recipe.label(), base.titleMrr10(), after.titleMrr10(), base.skillMrr10(),
                    after.skillMrr10(), base.stsSpearman(), after.stsSpearman());
        }
    }

    /**
     * Short trials of the recipe and its variants on the dev slice of the training occupations (never the held-out
     * ones): frozen lower layers against layer-wise decay over all layers, and a higher rate. The best dev title
     * MRR@10 among trials that keep the STS sample within {@link #STS_TOLERANCE} of the base wins.
     */
    static Recipe tune(Options o, Recipe start, Path baseWeights, TextTokenizer tokenizer, DomainPairs pairs,
            DomainFineTuning.Checks checks, List<Trial> trials) {
        List<Recipe> candidates = List.of(
                start.withFrozenLayers(3).withLayerDecay(1f),
                start.withFrozenLayers(0).withLayerDecay(0.8f),
                start.withFrozenLayers(0).withLayerDecay(0.8f).withLearningRate(start.learningRate() * 2));
        DomainFineTuning.Check base = null;
        for (Recipe r : candidates) {
            System.out.println("trial: " + r.label());
            try (NDManager m = NnEngine.get().newBaseManager()) {
                BertEncoder encoder = loadBase(baseWeights, m);
                List<DomainFineTuning.Check> h = DomainFineTuning.train(encoder, tokenizer, pairs, r,
                        new DomainFineTuning.Schedule(o.tuneSteps(), o.tuneSteps(), o.tuneSteps(),
                                Double.POSITIVE_INFINITY), checks, o.seed(), c -> System.out.println(c.line()));
                base = base == null ? h.get(0) : base;
                Trial t = new Trial(r, h.get(0), h.get(h.size() - 1));
                trials.add(t);
                System.out.println("trial result: " + t.line());
            }
        }
        StringBuilder csv = new StringBuilder("frozen,lr,decay,temperature,batch,hard_negatives,mined,steps,"
                + "base_title_mrr10,title_mrr10,base_skill_mrr10,skill_mrr10,base_sts,sts\n");
        for (Trial t : trials) {
            Recipe r = t.recipe();
            csv.append(String.format(Locale.ROOT, "%d,%g,%g,%g,%d,%d,%d,%d,%.6f,%.6f,%.6f,%.6f,%.6f,%.6f%n",
                    r.frozenLayers(), r.learningRate(), r.layerDecay(), r.temperature(), r.batchSize(),
                    r.hardNegatives(), r.mined(), o.tuneSteps(), t.base().titleMrr10(), t.after().titleMrr10(),
                    t.base().skillMrr10(), t.after().skillMrr10(), t.base().stsSpearman(), t.after().stsSpearman()));
        }
        try {
            Files.createDirectories(o.reports());
            Files.writeString(o.reports().resolve(o.model() + "-tuning.csv"), csv.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Trial best = null;
        for (Trial t : trials) {
            boolean keeps = t.stsDrop() <= STS_TOLERANCE;
            boolean bestKeeps = best != null && best.stsDrop() <= STS_TOLERANCE;
            if (best == null || keeps && !bestKeeps || keeps == bestKeeps
                    && (keeps ? t.after().titleMrr10() > best.after().titleMrr10() : t.stsDrop() < best.stsDrop())) {
                best = t;
            }
        }
        System.out.println("chosen on the dev slice: " + best.line());
        return best.recipe();
    }

    /** A trained check is better when it keeps STS within tolerance of the base and has a higher dev title MRR. */
    static boolean better(DomainFineTuning.Check c, DomainFineTuning.Check best, DomainFineTuning.Check base) {
        boolean keeps = Double.isNaN(base.stsSpearman()) || base.stsSpearman() - c.stsSpearman() <= STS_TOLERANCE;
        return keeps && (best == null || c.titleMrr10() > best.titleMrr10());
    }

    /** Dev checks: titles of dev occupations among every non-held-out occupation, dev skills, an STS-B train sample. */
    static DomainFineTuning.Checks devChecks(Taxonomy taxonomy, DomainSplit split, Options o) throws IOException {
        RetrievalTask titles = RetrievalTask.occupations("dev titles", taxonomy,
                oc -> split.devOccupations().contains(oc.id()), oc -> !split.heldOutOccupations().contains(oc.id()),
                o.devQueries(), o.seed());
        Set<String> heldOutSkillTexts = new HashSet<>();
        taxonomy.skills().stream().filter(s -> split.heldOutSkills().contains(s.id()))
                .forEach(s -> heldOutSkillTexts.add(s.preferred()));
        RetrievalTask skills = o.skills() ? RetrievalTask.skills("dev skills", taxonomy,
                s -> split.devSkills().contains(s.id()), heldOutSkillTexts, 2000, o.devQueries(), o.seed()) : null;
        List<ScoredPair> sts = null;
        if (o.stsPairs() > 0) {
            List<ScoredPair> all = new ArrayList<>(KoreanData.stsB(o.korean(), "train"));
            Collections.shuffle(all, new Random(o.seed()));
            sts = all.subList(0, Math.min(o.stsPairs(), all.size()));
        }
        System.out.printf(Locale.ROOT, "dev checks: %d title queries over %d titles, %s, %s%n", titles.queries().size(),
                titles.candidates().size(), skills == null ? "no skills" : skills.queries().size()
                        + " skill queries over " + skills.candidates().size() + " skill texts",
                sts == null ? "no STS" : sts.size() + " STS-B train pairs");
        return new DomainFineTuning.Checks(titles, skills, sts);
    }

    static BertEncoder loadBase(Path baseWeights, NDManager m) {
        try {
            return baseWeights == null ? PretrainedWeights.miniLm(m) : EncoderFile.load(baseWeights, m, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the base encoder: " + e.getMessage(), e);
        }
    }

    /** The recipe the promoted encoder-domain was trained with, so the bilingual student gets the same one. */
    static Recipe teacherRecipe(ModelRegistry registry, Recipe fallback) {
        if (registry.currentVersion(EncoderSource.DOMAIN) == null) {
            System.out.println("no promoted " + EncoderSource.DOMAIN + " to take the recipe from; using the defaults");
            return fallback;
        }
        PublishedModel teacher = registry.loadCurrent(EncoderSource.DOMAIN, EncoderSource.EXPECTATION);
        Object params = teacher.config().params().get("recipe");
        if (!(params instanceof Map<?, ?> p)) {
            return fallback;
        }
        Recipe r = new Recipe(num(p, "frozenLayers").intValue(), num(p, "learningRate").floatValue(),
                num(p, "layerDecay").floatValue(), num(p, "temperature").floatValue(), num(p, "batchSize").intValue(),
                num(p, "hardNegatives").intValue(), num(p, "mined").intValue());
        System.out.println("recipe of " + EncoderSource.DOMAIN + " " + teacher.version() + ": " + r.label());
        return r;
    }

    private static Number num(Map<?, ?> p, String key) {
        Object v = p.get(key);
        if (!(v instanceof Number n)) {
            throw new IllegalStateException("the promoted " + EncoderSource.DOMAIN + " records no recipe " + key);
        }
        return n;
    }

    static Map<String, Object> recipeParams(Recipe r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("frozenLayers", r.frozenLayers());
        out.put("learningRate", r.learningRate());
        out.put("layerDecay", r.layerDecay());
        out.put("temperature", r.temperature());
        out.put("batchSize", r.batchSize());
        out.put("hardNegatives", r.hardNegatives());
        out.put("mined", r.mined());
        return out;
    }

    private static Recipe overrides(Recipe r, Options o) {
        Recipe out = r;
        if (o.frozen() != null) {
            out = out.withFrozenLayers(o.frozen());
        }
        if (o.lr() != null) {
            out = out.withLearningRate(o.lr());
        }
        if (o.decay() != null) {
            out = out.withLayerDecay(o.decay());
        }
        if (o.temperature() != null) {
            out = out.withTemperature(o.temperature());
        }
        if (o.batch() != null) {
            out = out.withBatchSize(o.batch());
        }
        if (o.hardNegatives() != null || o.mined() != null) {
            int perStep = o.hardNegatives() != null ? o.hardNegatives() : out.hardNegatives();
            out = out.withHardNegatives(perStep, o.mined() != null ? o.mined() : Math.max(perStep, out.mined()));
        }
        return out;
    }

    private static void copyResource(String resource, Path target) throws IOException {
        try (InputStream in = DomainTrainCommand.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("resource " + resource + " is not on the classpath");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void save(BertEncoder encoder, Path file) {
        try {
            EncoderFile.save(encoder, file, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + file, e);
        }
    }

    private static String fingerprint(Options o, Recipe recipe) {
        StringBuilder sb = new StringBuilder();
        List<String> files = new ArrayList<>(List.of(Taxonomy.OCCUPATIONS, Taxonomy.SKILL_LABELS,
                Taxonomy.ONET_TECHNOLOGY));
        files.addAll(Taxonomy.SKILL_COLLECTIONS);
        for (String f : files) {
            sb.append(f).append('=').append(Fingerprints.sha256(o.data().resolve(f))).append(';');
        }
        sb.append(String.format(Locale.ROOT, "base=%s;recipe=%s;steps=%d;remine=%d;altShare=%g;tech=%d;skills=%b;"
                + "pairs=%d;seed=%d", o.base(), recipe.label(), o.steps(), o.remineEvery(), o.altShare(), o.tech(),
                o.skills(), o.pairs(), o.seed()));
        return Fingerprints.sha256(sb.toString().getBytes(StandardCharsets.UTF_8)) + " " + sb;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
