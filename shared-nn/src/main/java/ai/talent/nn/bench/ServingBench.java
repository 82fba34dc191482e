package ai.talent.nn.bench;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.talent.nn.engine.NnEngine;
import ai.talent.nn.serve.BatchingConfig;
import ai.talent.nn.serve.BatchingPredictor;
import ai.talent.nn.serve.PredictorBatchFunction;
import ai.talent.nn.serve.VectorScoreTranslator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serving benchmark: concurrent callers of one DJL MLP through the {@link BatchingPredictor}, against
 * the same callers each calling the model one item at a time under a lock (the simplest safe way to
 * share a non-thread-safe predictor), measured in the same run.
 */
public final class ServingBench {

    /**
     * Defaults; each can be overridden with {@code --name=value}. The batch cap defaults to the number
     * of callers, so a batch closes as soon as every caller has a request in instead of waiting out
     * the delay for requests that closed-loop callers cannot send.
     */
    static final Map<String, String> DEFAULTS = Map.of(
            "callers", "8",
            "requests", "400",
            "warmup", "100",
            "rounds", "3",
            "max-batch", "callers",
            "max-delay-us", "1000",
            // The size of the success model's input: tabular features beside a 384-d text embedding.
            "input", "384",
            "hidden", "1024");

    private ServingBench() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(new ObjectMapper().writeValueAsString(run(args)));
    }

    /** Runs the benchmark, prints readable lines, and returns the figures by name. */
    public static LinkedHashMap<String, Object> run(String[] args) {
        Map<String, String> opts = options(args);
        int callers = Integer.parseInt(opts.get("callers"));
        int requests = Integer.parseInt(opts.get("requests"));
        int warmup = Integer.parseInt(opts.get("warmup"));
        int rounds = Integer.parseInt(opts.get("rounds"));
        int input = Integer.parseInt(opts.get("input"));
        int hidden = Integer.parseInt(opts.get("hidden"));
        BatchingConfig config = BatchingConfig.defaults()
                .withMaxBatchSize("callers".equals(opts.get("max-batch")) ? callers
                        : Integer.parseInt(opts.get("max-batch")))
                .withMaxDelay(Duration.ofNanos(1000L * Integer.parseInt(opts.get("max-delay-us"))))
                .withQueueCapacity(Math.max(BatchingConfig.DEFAULT_QUEUE_CAPACITY, 4 * callers))
                .withRequestTimeout(Duration.ofSeconds(30));
        System.out.printf(Locale.ROOT, "serving bench: MLP %d->%d->%d->1 on %s, %d callers x %d requests, %d rounds, "
                        + "max batch %d, max delay %d us%n", input, hidden, hidden / 2, NnEngine.get().getEngineName(),
                callers, requests, rounds, config.maxBatchSize(), config.maxDelay().toNanos() / 1000);

        NnEngine.get();
        try (Model model = mlp(input, hidden);
             Predictor<float[], Float> predictor = model.newPredictor(new VectorScoreTranslator());
             BatchingPredictor<float[], Float> batching = new BatchingPredictor<>("bench-mlp",
                     new PredictorBatchFunction<>(predictor), config)) {
            float[][] items = randomItems(512, input);
            Object lock = new Object();
            Caller locked = x -> {
                synchronized (lock) {
                    return predictor.predict(x);
                }
            };
            Caller batched = batching::predict;
            measure(locked, callers, warmup, items);
            measure(batched, callers, warmup, items);
            List<Result> lockedRuns = new ArrayList<>();
            List<Result> batchedRuns = new ArrayList<>();
            long batchesBefore = batching.stats().batches();
            long itemsBefore = batching.stats().itemsInBatches();
            long busyBefore = batching.stats().busyNanos();
            for (int r = 0; r < rounds; r++) {
                lockedRuns.add(measure(locked, callers, requests, items));
                batchedRuns.add(measure(batched, callers, requests, items));
            }
            double meanBatch = (double) (batching.stats().itemsInBatches() - itemsBefore)
                    / Math.max(1, batching.stats().batches() - batchesBefore);
            Result ref = Result.merge(lockedRuns);
            Result bat = Result.merge(batchedRuns);
            System.out.printf(Locale.ROOT, "batch worker busy %.0f%% of the batched phases' wall time%n",
                    100.0 * (batching.stats().busyNanos() - busyBefore) / bat.wallNanos());

            LinkedHashMap<String, Object> figures = new LinkedHashMap<>();
            put(figures, Figures.figure("serving.batched.throughput", bat.throughput(), "items/s", ref.throughput()));
            put(figures, Figures.figure("serving.batched.p99_latency", bat.percentileMs(0.99), "ms", ref.percentileMs(0.99)));
            put(figures, Figures.figure("serving.batched.p50_latency", bat.percentileMs(0.50), "ms", ref.percentileMs(0.50)));
            put(figures, Figures.figure("serving.batched.mean_batch_size", meanBatch, "items", 1.0));
            for (Object f : figures.values()) {
                Map<?, ?> m = (Map<?, ?>) f;
                System.out.printf(Locale.ROOT, "%-36s %10.3f %-8s reference (one at a time, locked) %10.3f  ratio %.2f%n",
                        m.get("name"), (Double) m.get("value"), m.get("unit"), (Double) m.get("reference"),
                        (Double) m.get("ratio"));
            }
            return figures;
        } catch (Exception e) {
            throw new IllegalStateException("serving bench failed: " + e.getMessage(), e);
        }
    }

    /** One caller's blocking call. */
    @FunctionalInterface
    interface Caller {
        Float call(float[] x) throws Exception;
    }

    /** Latencies (ns) of every call and the wall time of one measured phase. */
    record Result(long[] latenciesNanos, long wallNanos) {

        double throughput() {
            return latenciesNanos.length / (wallNanos / 1e9);
        }

        double percentileMs(double q) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }

        static Result merge(List<Result> runs) {
            long wall = 0;
            int n = 0;
            for (Result r : runs) {
                wall += r.wallNanos();
                n += r.latenciesNanos().length;
            }
            long[] all = new long[n];
            int at = 0;
            for (Result r : runs) {
                System.arraycopy(r.latenciesNanos(), 0, all, at, r.latenciesNanos().length);
                at += r.latenciesNanos().length;
            }
            return new Result(all, wall);
        }
    }

    static Result measure(Caller caller, int callers, int requestsPerCaller, float[][] items) throws Exception {
        long[] latencies = new long[callers * requestsPerCaller];
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            final int id = c;
            Thread t = new Thread(() -> {
                try {
                    NnEngine.configureCurrentThread();
                    start.await();
                    for (int i = 0; i < requestsPerCaller; i++) {
                        float[] x = items[(id * 131 + i) % items.length];
                        long t0 = System.nanoTime();
                        caller.call(x);
                        latencies[id * requestsPerCaller + i] = System.nanoTime() - t0;
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }, "bench-caller-" + c);
            threads.add(t);
            t.start();
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        long wall = System.nanoTime() - t0;
        if (failure.get() != null) {
            throw failure.get();
        }
        return new Result(latencies, wall);
    }

    static Model mlp(int input, int hidden) {
        SequentialBlock block = new SequentialBlock()
                .add(Linear.builder().setUnits(hidden).build())
                .add(Activation::relu)
                .add(Linear.builder().setUnits(hidden / 2).build())
                .add(Activation::relu)
                .add(Linear.builder().setUnits(1).build());
        Model model = Model.newInstance("bench-mlp", NnEngine.get().getEngineName());
        model.setBlock(block);
        block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, input));
        return model;
    }

    private static float[][] randomItems(int n, int dim) {
        Random r = new Random(42);
        float[][] items = new float[n][dim];
        for (float[] item : items) {
            for (int d = 0; d < dim; d++) {
                item[d] = (float) r.nextGaussian();
            }
        }
        return items;
    }

    private static void put(LinkedHashMap<String, Object> figures, Map<String, Object> f) {
        figures.put((String) f.get("name"), f);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>(DEFAULTS);
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("argument '" + a + "' is not --name=value; options: " + DEFAULTS.keySet());
            }
            String key = a.substring(2, a.indexOf('='));
            if (!DEFAULTS.containsKey(key)) {
                throw new IllegalArgumentException("unknown option --" + key + "; options: " + DEFAULTS.keySet());
            }
            opts.put(key, a.substring(a.indexOf('=') + 1));
        }
        return opts;
    }
}
