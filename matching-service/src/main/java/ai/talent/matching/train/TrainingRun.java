package ai.talent.matching.train;

import ai.talent.matching.rank.Budgets;
import ai.talent.matching.train.sim.SimulatedMarkets;
import ai.talent.sim.text.TextHalf;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** What training and evaluation share: the simulated markets, the hours a fixed budget is spread over, defaults. */
public final class TrainingRun {

    /** A fixed budget is compared with an hourly rate over 40 hours a week (as matching.fixed-budget-hours-per-week). */
    public static final Budgets BUDGETS = new Budgets(40);
    /** Share of each market's history before its time cut. */
    public static final double TRAIN_SHARE = 0.8;

    private TrainingRun() {
    }

    /**
     * Simulates the markets (two at a time; each is independent and deterministic) in one half of the wording, as
     * the scoring harness does: training seeds in the training half, test seeds in the test half.
     */
    public static List<MarketHistory> markets(List<Long> seeds, int freelancers, int projects, TextHalf half) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MarketHistory>> futures = new ArrayList<>();
            for (long seed : seeds) {
                futures.add(pool.submit(() -> SimulatedMarkets.generate(freelancers, projects, seed, half, TRAIN_SHARE)));
            }
            List<MarketHistory> markets = new ArrayList<>();
            for (Future<MarketHistory> f : futures) {
                markets.add(f.get());
            }
            return markets;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while simulating markets", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("simulating a market failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    public static EncoderTrainingSettings encoderSettings(int steps, int batch, int tokens) {
        return EncoderTrainingSettings.defaults().withSteps(steps).withBatch(batch, tokens);
    }

    public static RankerTrainingSettings rankerSettings(int epochs) {
        return RankerTrainingSettings.defaults().withEpochs(epochs);
    }
}
