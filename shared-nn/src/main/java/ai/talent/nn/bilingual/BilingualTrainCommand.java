package ai.talent.nn.bilingual;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.compress.EncoderFile;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.registry.Fingerprints;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.registry.PublishedModel;
import ai.talent.nn.text.EncoderSource;
import ai.talent.nn.text.TextTokenizer;
import ai.talent.nn.train.EpochStats;
import ai.talent.nn.train.TrainingCurves;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Pooling;
import ai.talent.nn.transformer.PretrainedWeights;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./talent train encoder-bilingual}: learns the Korean units from the Korean text at hand (KorSTS train,
 * KorNLI, the simulator's marketplace text), writes the bilingual tokenizer, grows MiniLM into the student,
 * distils it on the STS-B / KorSTS training pairs (plus any parallel JSON lines given), checks it on held-out
 * dev pairs as it goes (checkpoint, curves), and publishes and promotes it in the model registry.
 */
public final class BilingualTrainCommand {

    static final String USAGE = """
            Usage: ./talent train encoder-bilingual [options]
              --data DIR          Korean data sets (KorSTS, STSB-en, KorNLI); default ../shared/data/korean
              --sim DIR           simulator output whose Korean text joins the vocabulary; default target/sim-bilingual
                                  (the launcher writes it with ./talent simulate when missing); 'none' to skip
              --parallel FILE     extra parallel pairs, JSON lines {"en": ..., "ko": ...} (repeatable)
              --gettext DIR       extra parallel pairs from the compiled gettext catalogs (*.mo) in DIR: programs'
                                  English messages and their Korean translations, whole sentences only (repeatable;
                                  'none' drops them; the launcher passes target/gettext-ko unless one is given: the
                                  system's catalogs and LibreOffice's Korean package)
              --help-pages DIR    extra parallel pairs from translated help pages: DIR holds en-US/ and ko/ with the
                                  same HTML pages, paragraphs paired by their id (LibreOffice's offline help;
                                  repeatable; 'none' drops them; the launcher passes target/help-ko, unpacked from
                                  Debian's libreoffice-help-en-us and libreoffice-help-ko, unless one is given)
              --registry DIR      model registry; default target/models/registry
              --work DIR          tokenizer and checkpoints while training; default target/models/encoder-bilingual-work
              --subwords N        Korean subwords to learn (default 4000); --min-count N (default 5)
              --epochs N          passes over the training pairs (default 4); --max-steps N stops earlier
              --batch N           pairs per step (default 32); --lr X (default 5e-5); --embedding-lr X (default 5e-4)
              --eval-every N      steps between held-out checks and checkpoints (default 250)
              --english-share X   share of each batch whose English side trains too (default 1, as in the paper)
              --max-minutes M     stop distilling after M minutes and publish what was learned (default: no limit)
              --max-length N      token limit (default 128); --seed N (default 13); --no-promote
              --contrastive W     weight of the translation-ranking term beside the mean squared error (default 0:
                                  MSE alone); --temperature T its softmax temperature (default 0.05)
              --hard-negatives K  per pair, the K targets the teacher puts nearest (mined once) join the ranking
                                  term's negatives (default 4; 0 = in-batch only)
              --resume            continue from the promoted encoder-bilingual in --registry (its tokenizer and
                                  weights) instead of growing a new student from MiniLM
            Curves: target/reports/encoder-bilingual-curves.{csv,png}.""";

    /** Held-out pairs checked at each checkpoint (the full held-out set is for ./talent eval bilingual). */
    static final int CHECKED_PAIRS = 300;

    /** Targets closer than this to a pair's own are the same sentence or a paraphrase, never a negative. */
    static final double HARD_NEGATIVE_MAX_COSINE = 0.95;

    private BilingualTrainCommand() {
    }

    /** Parsed options. */
    record Options(Path data, Path sim, List<Path> parallel, List<Path> gettext, List<Path> helpPages, Path registry, Path work, int subwords, int minCount,
            int epochs, int maxSteps, int batch, float lr, float embeddingLr, int evalEvery, int maxLength, long seed,
            boolean promote, Path reports, float englishShare, double maxMinutes, float contrastive,
            float temperature, int hardNegatives, boolean resume) {
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
        Path data = KoreanData.DEFAULT_DIR;
        Path sim = Path.of("target/sim-bilingual");
        List<Path> parallel = new ArrayList<>();
        List<Path> gettext = new ArrayList<>();
        List<Path> helpPages = new ArrayList<>();
        Path registry = Path.of("target/models/registry");
        Path work = Path.of("target/models/encoder-bilingual-work");
        int subwords = KoreanVocabulary.Settings.DEFAULT_SUBWORDS;
        int minCount = KoreanVocabulary.Settings.DEFAULT_MIN_COUNT;
        int epochs = 4;
        int maxSteps = 0;
        int batch = 32;
        float lr = 5e-5f;
        float embeddingLr = 5e-4f;
        int evalEvery = 250;
        int maxLength = 128;
        long seed = 13;
        boolean promote = true;
        float englishShare = 1f;
        double maxMinutes = Double.POSITIVE_INFINITY;
        float contrastive = 0f;
        float temperature = 0.05f;
        int hardNegatives = 4;
        boolean resume = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--no-promote" -> promote = false;
                case "--resume" -> resume = true;
                default -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("unknown option or missing value: " + a + "\n" + USAGE);
                    }
                    String v = args[++i];
                    switch (a) {
                        case "--data" -> data = Path.of(v);
                        case "--sim" -> sim = "none".equals(v) ? null : Path.of(v);
                        case "--parallel" -> parallel.add(Path.of(v));
                        case "--gettext" -> {
                            if ("none".equals(v)) {
                                gettext.clear();
                            } else {
                                gettext.add(Path.of(v));
                            }
                        }
                        case "--help-pages" -> {
                            if ("none".equals(v)) {
                                helpPages.clear();
                            } else {
                                helpPages.add(Path.of(v));
                            }
                        }
                        case "--registry" -> registry = Path.of(v);
                        case "--work" -> work = Path.of(v);
                        case "--subwords" -> subwords = Integer.parseInt(v);
                        case "--min-count" -> minCount = Integer.parseInt(v);
                        case "--epochs" -> epochs = Integer.parseInt(v);
                        case "--max-steps" -> maxSteps = Integer.parseInt(v);
                        case "--batch" -> batch = Integer.parseInt(v);
                        case "--lr" -> lr = Float.parseFloat(v);
                        case "--embedding-lr" -> embeddingLr = Float.parseFloat(v);
                        case "--eval-every" -> evalEvery = Integer.parseInt(v);
                        case "--max-length" -> maxLength = Integer.parseInt(v);
                        case "--seed" -> seed = Long.parseLong(v);
                        case "--english-share" -> englishShare = Float.parseFloat(v);
                        case "--max-minutes" -> maxMinutes = Double.parseDouble(v);
                        case "--contrastive" -> contrastive = Float.parseFloat(v);
                        case "--temperature" -> temperature = Float.parseFloat(v);
                        case "--hard-negatives" -> hardNegatives = Integer.parseInt(v);
                        default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
                    }
                }
            }
        }
        return new Options(data, sim, parallel, gettext, helpPages, registry, work, subwords, minCount, epochs, maxSteps, batch, lr,
                embeddingLr, evalEvery, maxLength, seed, promote, Path.of("target/reports"), englishShare, maxMinutes,
                contrastive, temperature, hardNegatives, resume);
    }

    /** Trains, publishes, and returns the published version. */
    static String run(Options o) throws Exception {
        long start = System.nanoTime();
        List<ParallelPair> train = new ArrayList<>(KoreanData.stsParallel(o.data(), "train"));
        for (Path p : o.parallel()) {
            train.addAll(KoreanData.jsonlPairs(p));
        }
        Map<String, List<ParallelPair>> catalogs = new LinkedHashMap<>();
        for (Path dir : o.gettext()) {
            if (!Files.isDirectory(dir)) {
                throw new java.io.IOException("--gettext " + dir + ": no such folder");
            }
            List<ParallelPair> messages = GettextCatalogs.read(dir);
            System.out.printf(Locale.ROOT, "gettext catalogs in %s: %d sentence pairs%n", dir, messages.size());
            train.addAll(messages);
            catalogs.put("gettext:" + dir, messages);
        }
        for (Path dir : o.helpPages()) {
            if (!Files.isDirectory(dir.resolve(HelpPages.ENGLISH)) || !Files.isDirectory(dir.resolve(HelpPages.KOREAN))) {
                throw new java.io.IOException("--help-pages " + dir + ": no " + HelpPages.ENGLISH + " and "
                        + HelpPages.KOREAN + " folders in it");
            }
            List<ParallelPair> read = HelpPages.read(dir);
            java.util.Set<String> known = new java.util.HashSet<>();
            train.forEach(p -> known.add(p.english()));
            // a help paragraph that repeats a message the catalogs already gave is not counted twice
            List<ParallelPair> paragraphs = read.stream().filter(p -> known.add(p.english())).toList();
            System.out.printf(Locale.ROOT, "help pages in %s: %d sentence pairs, %d not already in the training pairs%n",
                    dir, read.size(), paragraphs.size());
            train.addAll(paragraphs);
            catalogs.put("help:" + dir, paragraphs);
        }
        List<ParallelPair> heldOut = KoreanData.cleanHeldOut(KoreanData.stsParallel(o.data(), "dev"), train);
        List<ParallelPair> check = heldOut.subList(0, Math.min(CHECKED_PAIRS, heldOut.size()));
        System.out.printf(Locale.ROOT, "parallel pairs: %d for training, %d held out (dev), %d checked while training%n",
                train.size(), heldOut.size(), check.size());

        Map<String, Integer> teacherVocab = BilingualTokenizerFile.teacherVocabulary();
        Files.createDirectories(o.work());
        Path tokenizerFile = o.work().resolve(EncoderSource.TOKENIZER);
        Path resumeWeights = null;
        if (o.resume()) {
            PublishedModel base = new ModelRegistry(o.registry()).loadCurrent(EncoderSource.BILINGUAL,
                    EncoderSource.EXPECTATION);
            Files.copy(base.file(EncoderSource.TOKENIZER), tokenizerFile, StandardCopyOption.REPLACE_EXISTING);
            resumeWeights = base.file(EncoderSource.WEIGHTS);
            System.out.printf(Locale.ROOT, "continuing from %s %s (its tokenizer and weights)%n",
                    EncoderSource.BILINGUAL, base.version());
        } else {
            List<String> korean = new ArrayList<>(KoreanData.koreanSentences(o.data()));
            if (o.sim() != null) {
                List<String> sim = KoreanData.hangulStrings(o.sim());
                System.out.printf(Locale.ROOT, "simulator Korean texts from %s: %d%n", o.sim(), sim.size());
                korean.addAll(sim);
            }
            train.forEach(p -> korean.add(p.korean()));
            List<String> learned = KoreanVocabulary.learn(korean, new KoreanVocabulary.Settings(o.subwords(),
                    o.minCount(), KoreanVocabulary.Settings.DEFAULT_MAX_SYLLABLES), teacherVocab.keySet());
            BilingualTokenizerFile.write(learned, tokenizerFile);
            System.out.printf(Locale.ROOT, "Korean units learned from %d texts%n", korean.size());
        }
        Map<String, Integer> vocab = BilingualTokenizerFile.vocabulary(tokenizerFile);
        int units = vocab.size() - teacherVocab.size();
        System.out.printf(Locale.ROOT, "vocabulary: %d English units + %d Korean units -> %s%n",
                teacherVocab.size(), units, tokenizerFile);

        Path weights = o.work().resolve(EncoderSource.WEIGHTS);
        try (NDManager m = NnEngine.get().newBaseManager();
                TextTokenizer teacherTokenizer = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER,
                        o.maxLength());
                TextTokenizer studentTokenizer = TextTokenizer.fromFile(tokenizerFile, o.maxLength())) {
            BertEncoder teacher = PretrainedWeights.miniLm(m);
            BertEncoder student = resumeWeights != null ? EncoderFile.load(resumeWeights, m, false)
                    : BilingualStudent.fromTeacher(teacher, teacherVocab, vocab, m);
            CrossLingualDistiller distiller = new CrossLingualDistiller(teacher, teacherTokenizer, student,
                    studentTokenizer, Pooling.MEAN, teacherVocab.size());
            float[][] targets = cachedTargets(distiller, train, o.work());
            float[][] checkTargets = cachedTargets(distiller, check, o.work());
            System.out.printf(Locale.ROOT, "teacher targets ready (%.0f s)%n", seconds(start));

            List<EpochStats> history = new ArrayList<>();
            Map<String, Double> last = new LinkedHashMap<>(checkpoint(distiller, check, checkTargets));
            System.out.printf(Locale.ROOT, "before training: held-out mse %.6f, top-1 en->ko %.3f ko->en %.3f%n",
                    last.get("heldout_mse"), last.get("heldout_top1_en_ko"), last.get("heldout_top1_ko_en"));
            history.add(stats(0, Double.NaN, last, start));
            CrossLingualDistiller.Config config = new CrossLingualDistiller.Config(o.epochs(), o.batch(), o.lr(),
                    o.embeddingLr(), 0.05f, 0.01f, o.maxSteps(), o.englishShare(), o.seed(), o.contrastive(),
                    o.temperature());
            int[][] hard = null;
            if (o.contrastive() > 0 && o.hardNegatives() > 0) {
                hard = CrossLingualDistiller.nearestTargets(targets, o.hardNegatives(), HARD_NEGATIVE_MAX_COSINE);
                System.out.printf(Locale.ROOT, "hard negatives: the %d nearest teacher targets of each pair (%.0f s)%n",
                        o.hardNegatives(), seconds(start));
            }
            long trainStart = System.nanoTime();
            double[] window = new double[2];
            long[] lastLine = {System.nanoTime()};
            distiller.train(train, targets, hard, config, (step, total, loss) -> {
                window[0] += loss;
                window[1]++;
                long now = System.nanoTime();
                if (now - lastLine[0] > 15e9 || step == total) {
                    double elapsed = (now - trainStart) / 1e9;
                    System.out.printf(Locale.ROOT, "step %d/%d  loss %.6f  %.2f steps/s  elapsed %.0f s  eta %.0f s%n",
                            step, total, window[0] / window[1], step / elapsed, elapsed, elapsed / step * (total - step));
                    lastLine[0] = now;
                }
                boolean overTime = (now - trainStart) / 60e9 > o.maxMinutes();
                if (step % o.evalEvery() == 0 || step == total || overTime) {
                    Map<String, Double> c = checkpoint(distiller, check, checkTargets);
                    last.clear();
                    last.putAll(c);
                    history.add(stats(step, window[0] / Math.max(1, window[1]), c, start));
                    window[0] = 0;
                    window[1] = 0;
                    System.out.printf(Locale.ROOT, "check at step %d: held-out mse %.6f, top-1 en->ko %.3f ko->en %.3f%n",
                            step, c.get("heldout_mse"), c.get("heldout_top1_en_ko"), c.get("heldout_top1_ko_en"));
                    TrainingCurves.writeCsv(history, o.reports(), "encoder-bilingual");
                    save(student, weights);
                }
                if (overTime) {
                    System.out.printf(Locale.ROOT, "stopping at step %d/%d: --max-minutes %.0f reached%n", step, total,
                            o.maxMinutes());
                }
                return !overTime;
            });
            save(student, weights);
            TrainingCurves.writeCsv(history, o.reports(), "encoder-bilingual");
            TrainingCurves.writePng(history, o.reports(), "encoder-bilingual", "translation top-1");

            ModelRegistry registry = new ModelRegistry(o.registry());
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("teacher", "all-MiniLM-L6-v2");
            extra.put("languages", "en,ko");
            extra.put("trainingPairs", train.size());
            extra.put("koreanUnits", units);
            extra.put("contrastive", o.contrastive());
            extra.put("resumedFrom", o.resume() ? EncoderSource.BILINGUAL : "MiniLM");
            extra.put("steps", history.get(history.size() - 1).epoch());
            String version = EncoderSource.publish(registry, EncoderSource.BILINGUAL, weights, tokenizerFile, student,
                    Pooling.MEAN, o.maxLength(), last, fingerprint(o, catalogs), extra);
            if (o.promote()) {
                registry.promote(EncoderSource.BILINGUAL, version);
            }
            System.out.printf(Locale.ROOT, "published %s %s%s under %s in %.0f s%n", EncoderSource.BILINGUAL, version,
                    o.promote() ? " (promoted)" : "", o.registry(), seconds(start));
            return version;
        }
    }

    /**
     * The teacher's embeddings of the pairs' English sides, kept in the work folder under a hash of the texts: the
     * teacher is fixed, so a second run on the same pairs (another seed, more steps) skips this pass.
     */
    static float[][] cachedTargets(CrossLingualDistiller distiller, List<ParallelPair> pairs, Path work)
            throws java.io.IOException {
        List<String> english = pairs.stream().map(ParallelPair::english).toList();
        String key = Fingerprints.sha256(String.join("\n", english).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path file = work.resolve("teacher-targets-" + key.substring(0, 16) + ".bin");
        if (Files.isRegularFile(file)) {
            try (java.io.DataInputStream in = new java.io.DataInputStream(
                    new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                int n = in.readInt();
                int h = in.readInt();
                if (n == english.size()) {
                    float[][] out = new float[n][h];
                    for (float[] row : out) {
                        for (int k = 0; k < h; k++) {
                            row[k] = in.readFloat();
                        }
                    }
                    return out;
                }
            }
        }
        float[][] out = distiller.targets(english);
        Path tmp = work.resolve(file.getFileName() + ".tmp");
        try (java.io.DataOutputStream o = new java.io.DataOutputStream(
                new java.io.BufferedOutputStream(Files.newOutputStream(tmp)))) {
            o.writeInt(out.length);
            o.writeInt(out[0].length);
            for (float[] row : out) {
                for (float v : row) {
                    o.writeFloat(v);
                }
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return out;
    }

    private static void save(BertEncoder student, Path weights) {
        try {
            EncoderFile.save(student, weights, false);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write checkpoint " + weights, e);
        }
    }

    private static Map<String, Double> checkpoint(CrossLingualDistiller d, List<ParallelPair> check, float[][] targets) {
        float[][] en = d.studentEmbeddings(check.stream().map(ParallelPair::english).toList());
        float[][] ko = d.studentEmbeddings(check.stream().map(ParallelPair::korean).toList());
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("heldout_mse", d.loss(check, targets));
        out.put("heldout_top1_en_ko", TranslationRetrieval.top1(en, ko));
        out.put("heldout_top1_ko_en", TranslationRetrieval.top1(ko, en));
        return out;
    }

    private static EpochStats stats(int step, double trainLoss, Map<String, Double> c, long start) {
        return new EpochStats(step, trainLoss, c.get("heldout_mse"),
                (c.get("heldout_top1_en_ko") + c.get("heldout_top1_ko_en")) / 2, Double.NaN, Double.NaN, seconds(start));
    }

    /**
     * @param catalogs the pairs read from each {@code --gettext} and {@code --help-pages} folder, by "kind:folder"
     *     (hashed as read, not read again)
     */
    private static String fingerprint(Options o, Map<String, List<ParallelPair>> catalogs) throws java.io.IOException {
        StringBuilder sb = new StringBuilder();
        for (String f : List.of("STSB-en/sts-train.csv", "KorSTS/sts-train.tsv", "KorNLI/xnli.dev.ko.tsv",
                "KorNLI/xnli.test.ko.tsv")) {
            sb.append(f).append('=').append(Fingerprints.sha256(o.data().resolve(f))).append(';');
        }
        for (Path p : o.parallel()) {
            sb.append(p.getFileName()).append('=').append(Fingerprints.sha256(p)).append(';');
        }
        for (Map.Entry<String, List<ParallelPair>> catalog : catalogs.entrySet()) {
            StringBuilder text = new StringBuilder();
            catalog.getValue().forEach(p -> text.append(p.english()).append('\t').append(p.korean()).append('\n'));
            sb.append(catalog.getKey()).append('=')
                    .append(Fingerprints.sha256(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .append(';');
        }
        sb.append(String.format(Locale.ROOT,
                "subwords=%d;minCount=%d;epochs=%d;batch=%d;lr=%g;embLr=%g;englishShare=%g;maxLength=%d;seed=%d;"
                        + "contrastive=%g;temperature=%g;hardNegatives=%d;resume=%s",
                o.subwords(), o.minCount(), o.epochs(), o.batch(), o.lr(), o.embeddingLr(), o.englishShare(),
                o.maxLength(), o.seed(), o.contrastive(), o.temperature(), o.hardNegatives(), o.resume()));
        return sb.toString();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
