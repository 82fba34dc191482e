package ai.talent.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Matching's settings ({@code matching.*}): the towers, the index, both stages, the exposure cap, MMR, success. */
@ConfigMapping(prefix = "matching")
public interface MatchingConfig {

    /** Recommendations per project.posted event, and the default {@code limit} of the API. */
    @WithDefault("10")
    int topK();

    /** The model registry holding matching's encoder and ranker ({@code ./talent train matching}). */
    @WithDefault("target/models/registry")
    Path registry();

    Encoder encoder();

    Index index();

    Retrieval retrieval();

    Exposure exposure();

    Mmr mmr();

    Success success();

    /** Working hours per week assumed when comparing an hourly rate with a fixed budget. */
    @WithDefault("40")
    int fixedBudgetHoursPerWeek();

    interface Encoder {

        /**
         * {@code auto} (the promoted matching-encoder, fine-tuned from a base, else the base as it is), {@code base}
         * (the suite's chosen encoder, {@code talent.encoder.choice}, without matching's fine-tuning), or
         * {@code registry:<model>}.
         */
        @WithDefault("auto")
        String source();

        /** {@code pytorch} or {@code onnx-runtime}. */
        @WithDefault("onnx-runtime")
        String engine();

        @WithDefault("256")
        int chunkTokens();

        @WithDefault("2000")
        int cacheSize();
    }

    interface Index {

        /** {@code lucene} (HNSW on local disk) or {@code elasticsearch} (kNN; needs {@code url}). */
        @WithDefault("lucene")
        String backend();

        Optional<String> url();

        @WithDefault("matching")
        String prefix();

        @WithDefault("100")
        int efSearch();

        /** Longest time between index commits (with the offsets the index reflects). */
        @WithDefault("5s")
        Duration commitInterval();
    }

    interface Retrieval {

        @WithDefault("200")
        int dense();

        @WithDefault("100")
        int skill();
    }

    interface Exposure {

        /** Share of the last {@code window} recommendation lists a freelancer may appear in; 0 turns the cap off. */
        @WithDefault("0.02")
        double share();

        @WithDefault("500")
        int window();
    }

    interface Mmr {

        /** 1 turns MMR off; lower values trade relevance for diversity among the best {@code depth}. */
        @WithDefault("1.0")
        double lambda();

        @WithDefault("50")
        int depth();
    }

    interface Success {

        /** The success predictor's base URL; absent: only {@code success.predicted} events are used. */
        Optional<String> url();

        @WithDefault("150ms")
        Duration timeout();

        /** How many of the best candidates without a known prediction may be asked about. */
        @WithDefault("10")
        int top();
    }
}
