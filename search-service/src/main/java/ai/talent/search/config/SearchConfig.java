package ai.talent.search.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Every search setting, with its default; {@code application.properties} documents them. */
@ConfigMapping(prefix = "talent.search")
public interface SearchConfig {

    /** {@code auto} (Elasticsearch when a URL is configured, else embedded Lucene), {@code lucene}, {@code elasticsearch}. */
    @WithDefault("auto")
    String backend();

    Elasticsearch elasticsearch();

    Lucene lucene();

    Encoder encoder();

    Fusion fusion();

    Tagger tagger();

    /** Candidates each retrieval leg returns for fusion (results one query can page through: up to twice this). */
    @WithDefault("150")
    int candidates();

    /**
     * How many candidates the kNN leg's HNSW search explores per candidate it returns: Elasticsearch's
     * {@code num_candidates} and Lucene's search breadth are {@code candidates × this} (at most 10,000). Higher finds
     * more of the exact nearest neighbours (recall) and costs time; the README's Performance section has the curve.
     */
    @WithName("knn-candidates-factor")
    @WithDefault("3")
    double knnCandidatesFactor();

    /**
     * Threads a search's BM25 leg runs on while the request's thread encodes the query and runs the kNN leg (the
     * hybrid's time becomes the longer leg's instead of their sum; the same results). When every one is busy, a
     * search runs its legs one after the other; 0 always does.
     */
    @WithName("leg-threads")
    @WithDefault("2")
    int legThreads();

    /** Won per US dollar, for rates typed in dollars. */
    @WithName("usd-krw")
    @WithDefault("1400")
    double usdKrw();

    /** How often new writes become searchable. */
    @WithName("refresh-interval")
    @WithDefault("200ms")
    Duration refreshInterval();

    /** How often the index is committed with the offsets it reflects. */
    @WithName("commit-interval")
    @WithDefault("2s")
    Duration commitInterval();

    interface Elasticsearch {
        Optional<String> url();

        /** Basic-auth user (ECK: {@code elastic}); needs {@link #password()}. None: no credentials are sent. */
        Optional<String> username();

        /** The user's password (ECK: the secret {@code <cluster>-es-elastic-user}, key {@code elastic}). */
        Optional<String> password();

        /**
         * A PEM file with the CA certificate(s) the cluster's HTTPS certificate is checked against (ECK: the secret
         * {@code <cluster>-es-http-certs-public}, {@code ca.crt}); needs an {@code https} URL. None: the JVM's trust
         * store.
         */
        Optional<String> caCertificate();

        /** The alias searches and writes go through; generations are {@code <index>-<n>}. */
        @WithDefault("talent-freelancers")
        String index();
    }

    /** The embedded index, which is the freelancers catalog under {@code <talent.state.dir>/catalogs/freelancers}. */
    interface Lucene {
        @WithName("hnsw-m")
        @WithDefault("16")
        int hnswM();

        @WithName("hnsw-beam-width")
        @WithDefault("100")
        int hnswBeamWidth();

        /** int8 scalar-quantised vectors in the HNSW graph. */
        @WithDefault("false")
        boolean quantized();

        /**
         * Threads a batch of profiles is written on (the follower's batches, a rebuild's copy): each analyses its
         * share (Nori) and adds it to the HNSW graph; one freelancer's writes stay on one thread, in order.
         */
        @WithName("index-threads")
        @WithDefault("2")
        int indexThreads();

        /**
         * The index writer's RAM buffer: documents (with their HNSW graph) are held in memory up to this before a
         * segment is written; each commit (every {@code talent.state.catalog.commit-interval}) writes one anyway.
         */
        @WithName("ram-buffer-mb")
        @WithDefault("64")
        double ramBufferMb();
    }

    interface Encoder {
        /**
         * {@code chosen} (the suite's encoder, {@code talent.encoder.choice}), or {@code none} to run BM25 and intent
         * fit only.
         */
        @WithDefault("chosen")
        String name();

        @WithName("chunk-tokens")
        @WithDefault("256")
        int chunkTokens();

        @WithName("cache-size")
        @WithDefault("10000")
        int cacheSize();

        /**
         * What serves the encoder: {@code onnx-runtime} (faster at batch 1, where a query's forward pass is most of
         * a search's time) or {@code pytorch}; the same vectors within 1e-5.
         */
        @WithDefault("onnx-runtime")
        String engine();
    }

    interface Fusion {
        @WithDefault("60")
        double k();

        /** {@code bm25,dense,fit} weights for query shapes without their own entry. */
        @WithName("default")
        @WithDefault("1,1,1")
        String fallback();

        /** Weights per query shape: {@code ko.short}, {@code ko.long}, {@code en.short}, ... */
        Map<String, String> shapes();

        /**
         * When the dense encoder reads Hangul (its vocabulary has Korean units), Korean and mixed queries take the
         * dense weight of English queries of their length instead of their own (which is set for an encoder that
         * cannot read them); false keeps the configured weights whatever the encoder.
         */
        @WithName("korean-dense-as-english")
        @WithDefault("true")
        boolean koreanDenseAsEnglish();
    }

    interface Tagger {
        /** The model registry the query tagger is loaded from when one has been trained. */
        @WithDefault("target/models/registry")
        String registry();

        @WithDefault("query-tagger")
        String model();
    }
}
