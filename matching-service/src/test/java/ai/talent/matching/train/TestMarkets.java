package ai.talent.matching.train;

import ai.talent.matching.text.ChunkedEncoder;
import ai.talent.matching.text.EncoderSettings;
import ai.talent.matching.text.MatchEncoders;
import ai.talent.matching.text.MatchTexts;
import ai.talent.matching.train.sim.SimulatedMarkets;
import ai.talent.nn.text.InferenceEngine;
import ai.talent.sim.text.TextHalf;
import java.util.HashMap;
import java.util.Map;

/**
 * Small simulated markets and the pretrained towers, made once per test JVM and shared by the test classes (the
 * encoder takes seconds to load, a market a second to simulate).
 */
public final class TestMarkets {

    public static final MatchTexts TEXTS = MatchTexts.standard();
    private static final Map<String, MarketHistory> MARKETS = new HashMap<>();
    private static final Map<MarketHistory, PoolVectors> PRETRAINED_POOLS = new HashMap<>();
    private static ChunkedEncoder pretrained;

    private TestMarkets() {
    }

    /**
     * The market the model tests share (500 freelancers, 700 projects, seed 31), so that its profiles are embedded
     * by the pretrained towers once per test JVM.
     */
    public static MarketHistory shared() {
        return market(31, 500, 700);
    }

    /** A market of {@code freelancers} and {@code projects}, split 80/20 in time. */
    public static synchronized MarketHistory market(long seed, int freelancers, int projects) {
        return MARKETS.computeIfAbsent(seed + "/" + freelancers + "/" + projects,
                k -> SimulatedMarkets.generate(freelancers, projects, seed, TextHalf.TRAIN, TrainingRun.TRAIN_SHARE));
    }

    /** all-MiniLM-L6-v2 as published, on ONNX Runtime, 128-token chunks, chunk vectors cached. */
    public static synchronized ChunkedEncoder pretrained() {
        if (pretrained == null) {
            // Cached: the encoder and ranker tests embed the same projects (their training anchors, their later
            // projects); a chunk is encoded once per JVM.
            pretrained = MatchEncoders.pretrained(settings().withCacheSize(8192));
        }
        return pretrained;
    }

    public static EncoderSettings settings() {
        return EncoderSettings.defaults().withChunkTokens(128).withCacheSize(0).withEngine(InferenceEngine.ONNX_RUNTIME);
    }

    /** The market's profiles under the pretrained towers. */
    public static synchronized PoolVectors pretrainedPool(MarketHistory market) {
        return PRETRAINED_POOLS.computeIfAbsent(market,
                m -> PoolVectors.embed(market.freelancers(), pretrained(), TEXTS, 64));
    }
}
