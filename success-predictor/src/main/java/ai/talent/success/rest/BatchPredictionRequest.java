package ai.talent.success.rest;

import java.util.List;

/**
 * Up to {@value #MAX} predictions in one call; {@code reasons} (default true) may be turned off for throughput.
 */
public record BatchPredictionRequest(List<PredictionRequest> requests, Boolean reasons) {

    public static final int MAX = 1_000;
}
