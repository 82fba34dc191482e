package ai.talent.nn.registry;

import java.util.Map;

/**
 * What a model is, stored as {@code config.json} beside its weights: its type, the shapes it
 * takes and gives (per item, without the batch dimension), and free-form hyperparameters.
 */
public record ModelConfig(String modelType, long[] inputShape, long[] outputShape, Map<String, Object> params) {

    public ModelConfig {
        if (modelType == null || modelType.isBlank()) {
            throw new IllegalArgumentException("modelType must be named");
        }
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
