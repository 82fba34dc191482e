package ai.talent.success.bench;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.talent.nn.explain.Attribution;
import ai.talent.nn.train.Inference;
import ai.talent.success.evaluation.sim.SimulatedHistory;
import ai.talent.success.feature.ContractReplay;
import ai.talent.success.feature.Feature;
import ai.talent.success.feature.FeatureSettings;
import ai.talent.success.feature.FeatureVector;
import ai.talent.success.feature.MiniLmEmbedder;
import ai.talent.success.feature.PredictionInput;
import ai.talent.success.feature.SuccessFeatures;
import ai.talent.success.model.Dataset;
import ai.talent.success.model.EnsembleTrainer;
import ai.talent.success.model.Estimate;
import ai.talent.success.model.MlpHyperparameters;
import ai.talent.success.model.SuccessEnsemble;
import ai.talent.success.reason.Reason;
import ai.talent.success.reason.ReasonLanguage;
import ai.talent.success.reason.ReasonWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./talent bench success}: one prediction with reasons (features from state, the ensemble, integrated
 * gradients, sentences) timed per call, and batches without reasons timed for throughput, each beside the bare
 * forward pass of one member MLP measured in the same run. The model is trained first on a simulated
 * marketplace (no tuning: the speed does not depend on how it was chosen). Text embeddings are computed when a
 * project or profile arrives and cached, so the timed path reads them from the encoder's cache; the cost of
 * embedding both texts on a miss is reported beside it.
 */
public final class SuccessBench {

    static final String USAGE = """
            Usage: ./talent bench success [--quick] [--iterations N] [--batch N]
              single prediction with reasons (p50, p99) and batched predictions without reasons (per second), each
              beside one member MLP's bare forward pass in the same run; ends with one JSON line (also written to
              target/reports/bench-success.json). Goals: p99 ≤ 10 ms with reasons, ≥ 5,000 predictions/s batched.
            """;

    public static void main(String[] args) throws Exception {
        int iterations = 2_000;
        int batch = 256;
        // the model's quality does not matter here, only its shape: a small marketplace trains it quickly
        int freelancers = 400;
        int projects = 1_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    System.out.print(USAGE);
                    return;
                }
                case "--quick" -> {
                    iterations = 500;
                    projects = 600;
                }
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("bench success: unknown option '" + args[i] + "'");
                    System.err.print(USAGE);
                    System.exit(2);
                }
            }
        }
        run(iterations, batch, freelancers, projects);
        System.exit(0);
    }

    static void run(int iterations, int batchSize, int freelancers, int projects) throws Exception {
        SuccessFeatures features = new SuccessFeatures(FeatureSettings.defaults());
        ReasonWriter writer = new ReasonWriter(features);
        Map<String, Object> figures = new LinkedHashMap<>();
        try (MiniLmEmbedder embedder = new MiniLmEmbedder(50_000)) {
            long start = System.nanoTime();
            List<ContractReplay.Contract> contracts = ContractReplay.replay(
                    SimulatedHistory.generate(freelancers, projects, 42).events()).stream()
                    .filter(c -> c.succeeded() != null).toList();
            List<PredictionInput> inputs = contracts.stream().map(ContractReplay.Contract::input).toList();
            List<FeatureVector> vectors = ContractReplay.vectors(inputs, features, embedder);
            System.out.printf(Locale.ROOT, "%d simulated contracts replayed and embedded (%.0f s)%n", inputs.size(),
                    (System.nanoTime() - start) / 1e9);
            Dataset all = dataset(vectors, contracts);
            int cut = (int) (all.size() * 0.85);
            start = System.nanoTime();
            EnsembleTrainer.Result trained = EnsembleTrainer.train("bench", all.rows(range(0, cut)),
                    all.rows(range(cut, all.size())), EnsembleTrainer.Settings.defaults().withTrials(0)
                            .withBase(MlpHyperparameters.defaults().withMaxEpochs(30)));
            System.out.printf(Locale.ROOT, "ensemble of %d members %s trained (%.0f s)%n", trained.ensemble().members(),
                    trained.chosen().hidden(), (System.nanoTime() - start) / 1e9);

            try (SuccessEnsemble ensemble = trained.ensemble()) {
                List<String> names = ensemble.spec().inputNames();
                // single prediction with reasons: features (cached embeddings) → input → estimate → attribution →
                // sentences, one call at a time
                double[] single = new double[iterations];
                double sink = 0;
                for (int w = 0; w < Math.min(200, iterations); w++) {
                    sink += predictWithReasons(inputs.get(w % inputs.size()), features, embedder, ensemble, writer,
                            names).size();
                }
                for (int i = 0; i < iterations; i++) {
                    long t0 = System.nanoTime();
                    sink += predictWithReasons(inputs.get(i % inputs.size()), features, embedder, ensemble, writer,
                            names).size();
                    single[i] = (System.nanoTime() - t0) / 1e6;
                }
                // reference: one member's bare forward pass at batch 1, same run
                Block member = ensemble.member(0);
                float[][] x = ensemble.spec().preprocessor().inputs(all);
                double[] bare = new double[iterations];
                try (NDManager scratch = ensemble.manager().newSubManager()) {
                    for (int i = 0; i < iterations + 200; i++) {
                        long t0 = System.nanoTime();
                        try (NDManager m = scratch.newSubManager()) {
                            NDList out = Inference.forward(member, new NDList(m.create(x[i % x.length],
                                    new Shape(1, x[0].length))));
                            sink += out.head().toFloatArray()[0];
                        }
                        if (i >= 200) {
                            bare[i - 200] = (System.nanoTime() - t0) / 1e6;
                        }
                    }
                }
                // batches without reasons: features → inputs → calibrated probabilities
                int batches = Math.max(20, iterations / 20);
                long t0 = System.nanoTime();
                int items = 0;
                for (int b = 0; b < batches; b++) {
                    float[][] batch = new float[batchSize][];
                    for (int i = 0; i < batchSize; i++) {
                        PredictionInput in = inputs.get((b * batchSize + i) % inputs.size());
                        FeatureVector v = features.vector(in, embedder);
                        batch[i] = ensemble.input(v.tabular(), new float[][] {v.projectText(), v.profileText()});
                    }
                    sink += ensemble.probabilities(batch)[0];
                    items += batchSize;
                }
                double batchedPerSecond = items / ((System.nanoTime() - t0) / 1e9);
                t0 = System.nanoTime();
                int bareItems = 0;
                try (NDManager scratch = ensemble.manager().newSubManager()) {
                    for (int b = 0; b < batches; b++) {
                        float[] flat = new float[batchSize * x[0].length];
                        for (int i = 0; i < batchSize; i++) {
                            System.arraycopy(x[(b * batchSize + i) % x.length], 0, flat, i * x[0].length, x[0].length);
                        }
                        try (NDManager m = scratch.newSubManager()) {
                            sink += Inference.forward(member, new NDList(m.create(flat,
                                    new Shape(batchSize, x[0].length)))).head().toFloatArray()[0];
                        }
                        bareItems += batchSize;
                    }
                }
                double bareBatchedPerSecond = bareItems / ((System.nanoTime() - t0) / 1e9);
                // a cache miss: both texts embedded on the request path (the rare case: entities are embedded on arrival)
                int cold = Math.min(20, iterations);
                double[] coldMs = new double[cold];
                try (MiniLmEmbedder uncached = new MiniLmEmbedder(0)) {
                    for (int i = 0; i < cold; i++) {
                        long c0 = System.nanoTime();
                        sink += predictWithReasons(inputs.get(i % inputs.size()), features, uncached, ensemble,
                                writer, names).size();
                        coldMs[i] = (System.nanoTime() - c0) / 1e6;
                    }
                }
                double p99 = percentile(single, 0.99);
                double bareP99 = percentile(bare, 0.99);
                System.out.printf(Locale.ROOT, "single prediction with reasons (%d members, IG %d steps): p50 %.2f ms,"
                        + " p99 %.2f ms | bare member MLP forward: p50 %.3f ms, p99 %.3f ms | ratio p99 %.1f×%n",
                        ensemble.members(), SuccessEnsemble.DEFAULT_IG_STEPS, percentile(single, 0.5), p99,
                        percentile(bare, 0.5), bareP99, p99 / bareP99);
                System.out.printf(Locale.ROOT, "batched without reasons (batch %d): %.0f predictions/s | bare member"
                        + " MLP forward: %.0f rows/s | ratio %.2f%n", batchSize, batchedPerSecond,
                        bareBatchedPerSecond, batchedPerSecond / bareBatchedPerSecond);
                System.out.printf(Locale.ROOT, "with both texts embedded on the request path (cache miss): p50 %.1f ms,"
                        + " p99 %.1f ms%n", percentile(coldMs, 0.5), percentile(coldMs, 0.99));
                figures.put("success.single.p50_ms", round(percentile(single, 0.5)));
                figures.put("success.single.p99_ms", round(p99));
                figures.put("mlp.single.p99_ms", round(bareP99));
                figures.put("success.single.p99_ratio_to_mlp", round(p99 / bareP99));
                figures.put("success.batch.per_s", Math.round(batchedPerSecond));
                figures.put("mlp.batch.per_s", Math.round(bareBatchedPerSecond));
                figures.put("success.batch.ratio_to_mlp", round(batchedPerSecond / bareBatchedPerSecond));
                figures.put("success.single.cold_embedding.p99_ms", round(percentile(coldMs, 0.99)));
                figures.put("success.members", ensemble.members());
                figures.put("success.goal.p99_ms", 10);
                figures.put("success.goal.batch_per_s", 5000);
                if (sink == Double.MIN_VALUE) {
                    System.out.println();
                }
            }
        }
        String line = new ObjectMapper().writeValueAsString(figures);
        Path out = Path.of("target/reports/bench-success.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line + "\n");
        System.out.println(line);
    }

    static List<Reason> predictWithReasons(PredictionInput in, SuccessFeatures features,
                                           ai.talent.success.feature.TextEmbedder embedder, SuccessEnsemble ensemble,
                                           ReasonWriter writer, List<String> names) {
        FeatureVector v = features.vector(in, embedder);
        float[] x = ensemble.input(v.tabular(), new float[][] {v.projectText(), v.profileText()});
        Estimate e = ensemble.estimate(x);
        Attribution a = ensemble.explain(x);
        List<Reason> reasons = writer.reasons(in, a, names, ReasonLanguage.KO);
        return e.probability() >= 0 ? reasons : List.of();
    }

    static Dataset dataset(List<FeatureVector> vectors, List<ContractReplay.Contract> contracts) {
        int n = vectors.size();
        float[][] t = new float[n][];
        float[][] p = new float[n][];
        float[][] f = new float[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = vectors.get(i).tabular();
            p[i] = vectors.get(i).projectText();
            f[i] = vectors.get(i).profileText();
            y[i] = contracts.get(i).succeeded() ? 1 : 0;
        }
        return new Dataset(Arrays.stream(Feature.values()).map(Feature::wireName).toList(), t, List.of(p, f), y);
    }

    static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    static double percentile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
