package ai.talent.search.rank;

import ai.talent.search.query.QueryShape;
import java.util.HashMap;
import java.util.Map;

/**
 * Weighted reciprocal rank fusion: a candidate scores {@code Σ w_leg / (k + rank_leg)} over the BM25 leg, the
 * dense leg and the intent-fit ranking, with weights per query shape ({@code ko.short}, {@code en.long}...). The
 * dense weight is further scaled by how much of the query the encoder can read. Weights are chosen on a
 * validation split (see {@code ./talent eval search}), never on the reported queries.
 */
public record FusionWeights(double k, Map<String, double[]> byShape, double[] fallback) {

    public FusionWeights {
        byShape = Map.copyOf(byShape);
        if (fallback.length != 3) {
            throw new IllegalArgumentException("fusion weights are {bm25, dense, fit}, got " + fallback.length);
        }
    }

    /** Equal weights for the two legs and the intent fit, k = 60. */
    public static FusionWeights equal() {
        return new FusionWeights(60, Map.of(), new double[] {1, 1, 1});
    }

    /** {bm25, dense, fit} for a query shape. */
    public double[] of(QueryShape shape) {
        return byShape.getOrDefault(shape.key(), fallback);
    }

    public FusionWeights with(String shapeKey, double[] weights) {
        Map<String, double[]> copy = new HashMap<>(byShape);
        copy.put(shapeKey, weights.clone());
        return new FusionWeights(k, copy, fallback);
    }

    /** Parses "bm25,dense,fit" weight triples such as "1.0,0.5,1.0". */
    public static double[] parse(String triple) {
        String[] parts = triple.split(",");
        if (parts.length != 3) {
            throw new IllegalArgumentException("fusion weights must be three numbers 'bm25,dense,fit', got '" + triple + "'");
        }
        double[] w = new double[3];
        for (int i = 0; i < 3; i++) {
            w[i] = Double.parseDouble(parts[i].trim());
            if (w[i] < 0) {
                throw new IllegalArgumentException("fusion weights must not be negative: '" + triple + "'");
            }
        }
        return w;
    }
}
