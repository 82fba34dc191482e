package ai.talent.sim.harness;

import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.sim.SimConfig;
import ai.talent.sim.SimStats;
import ai.talent.sim.text.TextHalf;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The one place every evaluation on simulated data goes through. It simulates the training seeds' and the test
 * seeds' markets (training texts with the training half of the wording, test texts with the test half), splits
 * each history in time, and offers four tasks — {@link #success()}, {@link #applicants()}, {@link #search()},
 * {@link #tracing()} — each with its training data, its test items (ids unique across seeds), and a report that
 * scores a model's predictions beside random, a one-feature rule, a structured-only logistic regression trained
 * here, and the oracle, with the share of the headroom closed and bootstrap intervals over the test seeds.
 *
 * <pre>{@code
 * ScoringHarness harness = ScoringHarness.build(HarnessConfig.defaults());
 * Map<String, Double> p = new HashMap<>();
 * for (SuccessTestSet set : harness.success().tests())
 *     for (SuccessItem item : set.items()) p.put(item.id(), myModel.predict(item));
 * harness.success().report(Map.of("my-model", p)).print(System.out);
 * }</pre>
 */
public final class ScoringHarness {

    private final HarnessConfig config;
    private final List<SeedMarket> trainMarkets;
    private final List<SeedMarket> testMarkets;
    private final SuccessTask success;
    private final ApplicantTask applicants;
    private final SearchTask search;
    private final TracingTask tracing;

    private ScoringHarness(HarnessConfig config, List<SeedMarket> trainMarkets, List<SeedMarket> testMarkets) {
        this.config = config;
        this.trainMarkets = trainMarkets;
        this.testMarkets = testMarkets;
        SkillTaxonomy taxonomy = SkillTaxonomy.standard();
        this.success = new SuccessTask(trainMarkets, testMarkets, config, taxonomy);
        this.applicants = new ApplicantTask(trainMarkets, testMarkets, config, taxonomy);
        this.search = new SearchTask(trainMarkets, testMarkets, config, taxonomy);
        this.tracing = new TracingTask(trainMarkets, testMarkets, config);
    }

    public static ScoringHarness build(HarnessConfig config) {
        return build(config, 1, seed -> { });
    }

    /**
     * Simulates the markets on up to {@code threads} threads (each market is independent and deterministic), telling
     * {@code progress} each seed as it is done.
     */
    public static ScoringHarness build(HarnessConfig config, int threads, Consumer<Long> progress) {
        List<SimConfig> markets = new ArrayList<>();
        config.trainSeeds().forEach(s -> markets.add(config.market().withSeed(s).withTextHalf(TextHalf.TRAIN)));
        config.testSeeds().forEach(s -> markets.add(config.market().withSeed(s).withTextHalf(TextHalf.TEST)));
        List<SeedMarket> built = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<SeedMarket>> futures = new ArrayList<>();
            for (SimConfig market : markets) {
                futures.add(pool.submit(() -> {
                    SeedMarket m = SeedMarket.simulate(market, config.trainShare());
                    progress.accept(market.seed());
                    return m;
                }));
            }
            for (Future<SeedMarket> f : futures) {
                built.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while simulating the harness's markets", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("simulating a harness market failed: " + e.getCause().getMessage(),
                    e.getCause());
        } finally {
            pool.shutdown();
        }
        int n = config.trainSeeds().size();
        return new ScoringHarness(config, built.subList(0, n), built.subList(n, built.size()));
    }

    public HarnessConfig config() {
        return config;
    }

    public SuccessTask success() {
        return success;
    }

    public ApplicantTask applicants() {
        return applicants;
    }

    public SearchTask search() {
        return search;
    }

    public TracingTask tracing() {
        return tracing;
    }

    /** The simulator's statistics (counts, oracle scores over the whole history) of each test seed. */
    public List<SimStats> testStats() {
        return testMarkets.stream().map(m -> m.stats).toList();
    }
}
