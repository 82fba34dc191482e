package ai.talent.nn.compress;

import ai.djl.ndarray.NDManager;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.eval.Bootstrap;
import ai.talent.nn.text.SentenceEncoder;
import ai.talent.nn.text.TextEncoder;
import ai.talent.nn.text.TextEncoderConfig;
import ai.talent.nn.text.TextTokenizer;
import ai.talent.nn.transformer.BertEncoder;
import ai.talent.nn.transformer.Pooling;
import ai.talent.nn.transformer.PretrainedWeights;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the MiniLM teacher with its compressed forms (3-layer distilled student, int8, magnitude-pruned)
 * on ESCO alternative-title → occupation retrieval: MRR@10, Recall@10, file and weight size, sentences/s.
 * MRR@10 and Recall@10 are printed as mean ± spread over queries (bootstrap: std of the resampled mean and a 95%
 * percentile interval, same resamples for every model) beside the data README's published references.
 * Prints a table and ends with one JSON line (also written to {@code <out>/compression.json}; the model files
 * whose sizes are compared stay in {@code <out>} too). Options: {@code --data DIR} (default ../shared/data),
 * {@code --out DIR} (default target/reports), {@code --queries N} (seeded sample, default 3000) or
 * {@code --all}, {@code --seed N} (query sample and bootstrap), {@code --resamples N} (bootstrap, default 1000),
 * {@code --student FILE} (trained by {@link DistillCommand} if missing),
 * {@code --distill-steps N}, {@code --sparsity X} (default 0.3), {@code --prune-finetune-steps N} (default 0).
 */
public final class CompressionReport {

    /** Measured by the data README over all 29,997 queries (ONNX Runtime, fp32). */
    static final double REFERENCE_MRR10 = 0.658;
    static final double REFERENCE_RECALL10 = 0.824;
    /** BM25 (Lucene StandardAnalyzer), same README, same queries. */
    static final double REFERENCE_BM25_MRR10 = 0.496;
    static final double REFERENCE_BM25_RECALL10 = 0.654;
    static final int DEFAULT_RESAMPLES = 1000;

    private CompressionReport() {
    }

    /** One evaluated model. */
    record Row(String name, RetrievalScores scores, Bootstrap mrr10, Bootstrap recall10, double sentencesPerSecond,
            long fileBytes, long weightBytes) {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/data");
        Path out = Path.of("target/reports");
        Path studentFile = Path.of(DistillCommand.DEFAULT_OUT);
        int queries = 3000;
        long seed = 13;
        int distillSteps = DistillCommand.DEFAULT_STEPS;
        double sparsity = 0.3;
        int pruneSteps = 0;
        int resamples = DEFAULT_RESAMPLES;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--all" -> queries = 0;
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--resamples" -> resamples = Integer.parseInt(args[++i]);
                case "--student" -> studentFile = Path.of(args[++i]);
                case "--distill-steps" -> distillSteps = Integer.parseInt(args[++i]);
                case "--sparsity" -> sparsity = Double.parseDouble(args[++i]);
                case "--prune-finetune-steps" -> pruneSteps = Integer.parseInt(args[++i]);
                case "--help" -> {
                    System.out.println("CompressionReport [--data DIR] [--out DIR] [--queries N | --all] [--seed N] "
                            + "[--resamples N] [--student FILE] [--distill-steps N] [--sparsity X] "
                            + "[--prune-finetune-steps N]");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; see --help");
            }
        }
        EscoTitles task = EscoTitles.load(data, queries, seed);
        System.out.printf("ESCO title retrieval: %d queries over %d occupations%n", task.queries().size(),
                task.labels().size());
        Files.createDirectories(out);
        if (!Files.isRegularFile(studentFile)) {
            System.out.println("no student at " + studentFile + "; distilling one (" + distillSteps + " steps)");
            DistillCommand.train(studentFile, distillSteps, DistillCommand.DEFAULT_BATCH, DistillCommand.DEFAULT_LR, 7);
        }
        List<Row> rows = new ArrayList<>();
        Path fp32File = out.resolve("minilm-fp32.bin");
        Path int8File = out.resolve("minilm-int8.bin");
        try (NDManager m = NnEngine.get().newBaseManager();
                TextTokenizer tokenizer = TextTokenizer.fromResource(PretrainedWeights.MINILM_TOKENIZER, 64)) {
            BertEncoder teacher = PretrainedWeights.miniLm(m);
            teacher.freezeParameters(true);
            EncoderFile.save(teacher, fp32File, false);
            EncoderFile.save(teacher, int8File, true);
            rows.add(evaluate("teacher fp32 (MiniLM-L6)", teacher, tokenizer, task, resamples, seed,
                    Files.size(fp32File)));

            BertEncoder student = EncoderFile.load(studentFile, m, false);
            student.freezeParameters(true);
            rows.add(evaluate("student fp32 (3 layers)", student, tokenizer, task, resamples, seed,
                    Files.size(studentFile)));

            BertEncoder int8 = EncoderFile.load(int8File, m, true);
            rows.add(evaluate("teacher int8", int8, tokenizer, task, resamples, seed, Files.size(int8File)));

            BertEncoder pruned = PretrainedWeights.miniLm(m);
            MagnitudePruner.Result pruning = MagnitudePruner.prune(pruned, sparsity);
            if (pruneSteps > 0) {
                var masks = MagnitudePruner.mask(pruned);
                Distiller distiller = new Distiller(teacher, pruned, tokenizer, Pooling.MEAN);
                SyntheticTitles source = new SyntheticTitles(seed);
                distiller.distill(() -> source.next(DistillCommand.DEFAULT_BATCH),
                        new Distiller.Config(pruneSteps, DistillCommand.DEFAULT_LR), s -> MagnitudePruner.reapply(masks));
            }
            pruned.freezeParameters(true);
            rows.add(evaluate(String.format("teacher pruned %.0f%%%s", pruning.sparsity() * 100,
                    pruneSteps > 0 ? " +ft" : ""), pruned, tokenizer, task, resamples, seed, Files.size(fp32File)));
        }
        print(rows, task, queries, resamples);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("task", "esco_title_retrieval");
        json.put("queries", task.queries().size());
        json.put("reference_mrr10_all_queries_ort", REFERENCE_MRR10);
        json.put("reference_recall10_all_queries_ort", REFERENCE_RECALL10);
        json.put("reference_bm25_mrr10_all_queries", REFERENCE_BM25_MRR10);
        json.put("reference_bm25_recall10_all_queries", REFERENCE_BM25_RECALL10);
        json.put("spread", "bootstrap over queries: std of the resampled mean, 95% percentile interval");
        json.put("bootstrap_resamples", resamples);
        json.put("bootstrap_seed", seed);
        Row base = rows.get(0);
        for (Row r : rows) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("mrr10", round(r.scores().mrr10()));
            f.put("recall10", round(r.scores().recall10()));
            putSpread(f, "mrr10", r.mrr10());
            putSpread(f, "recall10", r.recall10());
            f.put("mrr10_vs_teacher", round(r.scores().mrr10() / base.scores().mrr10()));
            f.put("sentences_per_s", round(r.sentencesPerSecond()));
            f.put("speedup_vs_teacher", round(r.sentencesPerSecond() / base.sentencesPerSecond()));
            f.put("file_mb", round(r.fileBytes() / 1048576.0));
            f.put("file_size_ratio_vs_teacher", round(base.fileBytes() / (double) r.fileBytes()));
            f.put("weights_in_memory_mb", round(r.weightBytes() / 1048576.0));
            json.put(r.name().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_$", "").toLowerCase(), f);
        }
        String line = new ObjectMapper().writeValueAsString(json);
        Files.writeString(out.resolve("compression.json"), line + "\n");
        System.out.println(line);
    }

    private static Row evaluate(String name, BertEncoder encoder, TextTokenizer tokenizer, EscoTitles task,
            int resamples, long seed, long fileBytes) throws Exception {
        TextEncoderConfig config = TextEncoderConfig.defaults().withCacheSize(0).withMaxLength(tokenizer.maxLength());
        TextEncoder text = new TextEncoder(new SentenceEncoder(encoder, Pooling.MEAN, true), tokenizer, config, null);
        long start = System.nanoTime();
        float[][] labels = text.embed(task.labels());
        float[][] queries = text.embed(task.queries());
        double seconds = (System.nanoTime() - start) / 1e9;
        RetrievalScores scores = RetrievalScores.of(queries, labels, task.answers());
        double sps = (labels.length + queries.length) / seconds;
        Bootstrap mrr = scores.mrr10Spread(resamples, seed);
        Bootstrap recall = scores.recall10Spread(resamples, seed);
        System.out.printf("  %-28s MRR@10 %s  Recall@10 %s  %.1f sentences/s%n", name, mrr, recall, sps);
        return new Row(name, scores, mrr, recall, sps, fileBytes, Int8Quantizer.weightBytes(encoder));
    }

    private static void putSpread(Map<String, Object> f, String metric, Bootstrap b) {
        f.put(metric + "_mean", round(b.mean()));
        f.put(metric + "_std", round(b.std()));
        f.put(metric + "_ci95", List.of(round(b.low()), round(b.high())));
    }

    private static void print(List<Row> rows, EscoTitles task, int queries, int resamples) {
        Row base = rows.get(0);
        System.out.println();
        System.out.printf("%-30s %-32s %-32s %9s %9s %8s %10s %7s%n", "model", "MRR@10 mean ± std [95% CI]",
                "Recall@10 mean ± std [95% CI]", "sent/s", "speed-up", "file MB", "file ratio", "mem MB");
        for (Row r : rows) {
            System.out.printf("%-30s %-32s %-32s %9.1f %8.2fx %8.1f %9.2fx %7.1f%n", r.name(), spread(r.mrr10()),
                    spread(r.recall10()), r.sentencesPerSecond(), r.sentencesPerSecond() / base.sentencesPerSecond(),
                    r.fileBytes() / 1048576.0, base.fileBytes() / (double) r.fileBytes(), r.weightBytes() / 1048576.0);
        }
        System.out.printf("%-30s %-32.3f %-32.3f%n", "published: MiniLM-L6 fp32 ORT", REFERENCE_MRR10,
                REFERENCE_RECALL10);
        System.out.printf("%-30s %-32.3f %-32.3f%n", "published: BM25 (Lucene)", REFERENCE_BM25_MRR10,
                REFERENCE_BM25_RECALL10);
        System.out.printf("published figures: data README, all 29,997 queries, single runs. Ours: %d queries%s; "
                + "spread = bootstrap over queries (%d resamples, same resamples for every model): std of the mean and 95%% "
                + "percentile interval%n", task.queries().size(), queries > 0 ? " (seeded sample)" : "", resamples);
    }

    private static String spread(Bootstrap b) {
        return String.format("%.4f ± %.4f [%.3f, %.3f]", b.mean(), b.std(), b.low(), b.high());
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
