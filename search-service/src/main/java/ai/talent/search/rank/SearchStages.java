package ai.talent.search.rank;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where one search's time went, stage by stage (nanoseconds): what a latency budget is checked against. The
 * benchmark passes one per query; the service passes {@link #NONE}, which records nothing.
 */
public class SearchStages {

    /** The stages of a hybrid search, in the order they run. */
    public enum Stage {
        /** Query understanding: rules (and the tagger when trained). */
        PARSE,
        /** The dense leg's query vector: tokenisation, the readability check and the encoder's forward pass. */
        ENCODE,
        /**
         * The BM25 leg, candidates loaded. With parallel legs it runs beside the encoder and the kNN leg (its
         * candidates' intent fit with it), so its time overlaps theirs and {@link #WAIT} is what it added to the search.
         */
        BM25,
        /** The HNSW search, candidates loaded. */
        KNN,
        /**
         * After the dense leg, waiting for the BM25 leg running beside it (parallel legs only; 0 when the BM25 leg
         * finished first).
         */
        WAIT,
        /**
         * Intent fit of every candidate, the fit ranking, weighted RRF and the sort (with parallel legs the BM25
         * candidates' fits are computed beside the dense leg and counted in {@link #BM25}).
         */
        FUSE,
        /** Facet counts over the fused results. */
        FACETS,
        /** The page's hits: matched skills and terms, highlights, the "why". */
        HITS
    }

    /** Records nothing. */
    public static final SearchStages NONE = new SearchStages() {
        @Override
        public long since(Stage stage, long startNanos) {
            return System.nanoTime();
        }

        @Override
        public void add(Stage stage, long nanos) {
        }
    };

    private final Map<Stage, Long> nanos = new EnumMap<>(Stage.class);

    /** Adds the time since {@code startNanos} to {@code stage}; returns now, the next stage's start. */
    public long since(Stage stage, long startNanos) {
        long now = System.nanoTime();
        add(stage, now - startNanos);
        return now;
    }

    /** Adds {@code nanos} measured elsewhere (on the thread that ran a leg) to {@code stage}. */
    public void add(Stage stage, long nanos) {
        this.nanos.merge(stage, nanos, Long::sum);
    }

    /** Milliseconds spent in {@code stage} (0 when it did not run). */
    public double millis(Stage stage) {
        return nanos.getOrDefault(stage, 0L) / 1e6;
    }
}
