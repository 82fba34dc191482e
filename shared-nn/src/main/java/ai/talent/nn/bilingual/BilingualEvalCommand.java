package ai.talent.nn.bilingual;

import ai.talent.nn.eval.Bootstrap;
import ai.talent.nn.eval.Figures;
import ai.talent.nn.eval.ScoredPair;
import ai.talent.nn.eval.SentenceSimilarity;
import ai.talent.nn.registry.ModelRegistry;
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

/**
 * {@code ./talent eval bilingual}: the English teacher and the bilingual student side by side on real data —
 * Spearman correlation of cosine similarity with the gold score on KorSTS dev and on English STS-B dev, and
 * translation retrieval (top-1, English→Korean and Korean→English) on the dev parallel pairs the student never
 * trained on — each with its bootstrap spread, beside the published reference. The last line is one JSON object.
 */
public final class BilingualEvalCommand {

    static final String USAGE = """
            Usage: ./talent eval bilingual [options]
              --data DIR        Korean data sets; default ../shared/data/korean
              --registry DIR    model registry holding the promoted encoder-bilingual; default target/models/registry
              --encoder FILE --tokenizer FILE   evaluate these files instead (e.g. a training checkpoint)
              --engine E        onnxruntime (default: the faster engine here; same vectors within 1e-5) or pytorch
              --resamples N     bootstrap resamples (default 1000)""";

    /** ko-sroberta-multitask's KorSTS test Spearman, as its authors publish it (trained on far more data). */
    static final double PUBLISHED_KO_SROBERTA = 0.856;
    static final int MAX_LENGTH = 128;

    private BilingualEvalCommand() {
    }

    public static void main(String[] args) throws Exception {
        Path data = KoreanData.DEFAULT_DIR;
        Path registry = Path.of("target/models/registry");
        Path encoderFile = null;
        Path tokenizerFile = null;
        int resamples = 1000;
        InferenceEngine engine = InferenceEngine.ONNX_RUNTIME;
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
                case "--registry" -> registry = Path.of(v);
                case "--encoder" -> encoderFile = Path.of(v);
                case "--tokenizer" -> tokenizerFile = Path.of(v);
                case "--resamples" -> resamples = Integer.parseInt(v);
                case "--engine" -> engine = switch (v) {
                    case "onnxruntime" -> InferenceEngine.ONNX_RUNTIME;
                    case "pytorch" -> InferenceEngine.PYTORCH;
                    default -> throw new IllegalArgumentException("--engine takes onnxruntime or pytorch\n" + USAGE);
                };
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        if ((encoderFile == null) != (tokenizerFile == null)) {
            throw new IllegalArgumentException("--encoder and --tokenizer go together\n" + USAGE);
        }
        List<ScoredPair> korSts = KoreanData.korSts(data, "dev");
        List<ScoredPair> stsB = KoreanData.stsB(data, "dev");
        List<ParallelPair> heldOut = KoreanData.cleanHeldOut(KoreanData.stsParallel(data, "dev"),
                KoreanData.stsParallel(data, "train"));
        TextEncoderConfig config = TextEncoderConfig.defaults().withCacheSize(0).withMaxLength(MAX_LENGTH)
                .withEngine(engine);
        String studentName;
        Map<String, Object> figures = new LinkedHashMap<>();
        long start = System.nanoTime();
        float[][] teacherEnglish;
        try (TextEncoder teacher = TextEncoder.miniLm(config)) {
            teacherEnglish = evaluate("teacher", teacher, korSts, stsB, heldOut, resamples, figures, null);
        }
        if (encoderFile != null) {
            studentName = encoderFile.toString();
            try (TextEncoder student = EncoderSource.fromFiles(encoderFile, tokenizerFile, config)) {
                evaluate("student", student, korSts, stsB, heldOut, resamples, figures, teacherEnglish);
            }
        } else {
            ModelRegistry reg = new ModelRegistry(registry);
            if (reg.currentVersion(EncoderSource.BILINGUAL) == null) {
                throw new IllegalStateException("no promoted " + EncoderSource.BILINGUAL + " under " + registry
                        + "; train one with ./talent train encoder-bilingual (or pass --encoder/--tokenizer)");
            }
            studentName = EncoderSource.describe(reg);
            try (TextEncoder student = EncoderSource.fromRegistry(reg, EncoderSource.BILINGUAL, config)) {
                evaluate("student", student, korSts, stsB, heldOut, resamples, figures, teacherEnglish);
            }
        }
        figures.put("published.ko_sroberta_multitask.korsts_test.spearman", PUBLISHED_KO_SROBERTA);
        figures.put("student.korsts_dev.goal", 0.75);
        figures.put("student.translation.goal", 0.90);
        figures.put("search.korean_ndcg10", "measured by ./talent eval search --encoder teacher,bilingual");
        figures.put("engine", engine.name());
        figures.put("seconds", (System.nanoTime() - start) / 1e9);

        System.out.println();
        System.out.println("student: " + studentName);
        System.out.printf(Locale.ROOT, "%-36s %-22s %-22s%n", "", "teacher (MiniLM, EN)", "student (bilingual)");
        row("KorSTS dev Spearman (n=" + korSts.size() + ")", figures, "korsts_dev.spearman");
        row("STS-B dev Spearman (n=" + stsB.size() + ")", figures, "stsb_dev.spearman");
        row("translation top-1 EN->KO (n=" + heldOut.size() + ")", figures, "translation.top1_en_ko");
        row("translation top-1 KO->EN (n=" + heldOut.size() + ")", figures, "translation.top1_ko_en");
        row("  by ratio margin (k=" + MARGIN_NEIGHBOURS + ") EN->KO", figures, "translation.margin_top1_en_ko");
        row("  by ratio margin (k=" + MARGIN_NEIGHBOURS + ") KO->EN", figures, "translation.margin_top1_ko_en");
        System.out.printf(Locale.ROOT, "%-36s %-22s %-22s%n", "  diagnostic: KO->EN, paraphrase miss ok", "",
                Figures.cell(figures, "student.translation.top1_ko_en_paraphrase_tolerant"));
        System.out.printf(Locale.ROOT, "  (a miss counts when the retrieved sentence's English is a paraphrase of the "
                + "right one: teacher cosine >= %.2f; not the goal's measure)%n", PARAPHRASE_COSINE);
        System.out.printf(Locale.ROOT, "published: ko-sroberta-multitask KorSTS test Spearman %.3f (far more training "
                + "data; KorSTS test is not in ../shared/data, dev is reported here)%n", PUBLISHED_KO_SROBERTA);
        System.out.printf(Locale.ROOT, "goals: KorSTS dev >= 0.75; STS-B dev within 0.02 of the teacher (gap %.4f); "
                + "translation top-1 >= 0.90%n", (double) figures.get("teacher.stsb_dev.spearman")
                - (double) figures.get("student.stsb_dev.spearman"));
        System.out.println("search Korean-query NDCG@10 before/after: ./talent eval search --encoder teacher,bilingual");
        String json = new ObjectMapper().writeValueAsString(figures);
        Path report = Path.of("target/reports/eval-bilingual.json");
        Files.createDirectories(report.getParent());
        Files.writeString(report, json + System.lineSeparator());
        System.out.println(json);
    }

    /** Neighbours on each side in the ratio margin (Artetxe and Schwenk use 4). */
    static final int MARGIN_NEIGHBOURS = 4;

    /** Teacher cosine from which two English sentences count as paraphrases in the diagnostic. */
    static final double PARAPHRASE_COSINE = 0.9;

    private static void row(String label, Map<String, Object> f, String key) {
        System.out.printf(Locale.ROOT, "%-36s %-22s %-22s%n", label, Figures.cell(f, "teacher." + key),
                Figures.cell(f, "student." + key));
    }

    /**
     * Scores one encoder into {@code figures} and returns its English vectors of the held-out pairs; with the
     * teacher's ({@code teacherEnglish}) it also scores the paraphrase-tolerant diagnostic.
     */
    static float[][] evaluate(String name, TextEncoder encoder, List<ScoredPair> korSts, List<ScoredPair> stsB,
            List<ParallelPair> heldOut, int resamples, Map<String, Object> figures, float[][] teacherEnglish) {
        long start = System.nanoTime();
        Figures.put(figures, name + ".korsts_dev.spearman",
                SentenceSimilarity.spearmanSpread(encoder::embed, korSts, resamples, 17));
        Figures.put(figures, name + ".stsb_dev.spearman",
                SentenceSimilarity.spearmanSpread(encoder::embed, stsB, resamples, 17));
        float[][] en = encoder.embed(heldOut.stream().map(ParallelPair::english).toList());
        float[][] ko = encoder.embed(heldOut.stream().map(ParallelPair::korean).toList());
        Figures.put(figures, name + ".translation.top1_en_ko",
                Bootstrap.meanAndSpread(TranslationRetrieval.hits(en, ko), resamples, 17));
        Figures.put(figures, name + ".translation.top1_ko_en",
                Bootstrap.meanAndSpread(TranslationRetrieval.hits(ko, en), resamples, 17));
        Figures.put(figures, name + ".translation.margin_top1_en_ko",
                Bootstrap.meanAndSpread(TranslationRetrieval.marginHits(en, ko, MARGIN_NEIGHBOURS), resamples, 17));
        Figures.put(figures, name + ".translation.margin_top1_ko_en",
                Bootstrap.meanAndSpread(TranslationRetrieval.marginHits(ko, en, MARGIN_NEIGHBOURS), resamples, 17));
        if (teacherEnglish != null) {
            Figures.put(figures, name + ".translation.top1_ko_en_paraphrase_tolerant", Bootstrap.meanAndSpread(
                    TranslationRetrieval.paraphraseTolerantHits(ko, en, teacherEnglish, PARAPHRASE_COSINE),
                    resamples, 17));
        }
        System.out.printf(Locale.ROOT, "%s evaluated in %.0f s%n", name, (System.nanoTime() - start) / 1e9);
        return en;
    }
}
