package ai.talent.success.model;

import java.util.List;

/**
 * Everything about a trained ensemble except its weights, stored as JSON beside them: the member shape, how
 * many members, the preprocessing, the temperature and offset of the calibration ({@code sigmoid(z / T +
 * offset)}; a spec written before the offset existed reads as offset 0, what it served), the attribution
 * baseline (training mean input) and the names of the tabular and input columns.
 */
public record ModelSpec(String task, MlpHyperparameters hyperparameters, int members, Preprocessor preprocessor,
                        double temperature, double offset, float[] baseline, List<String> tabularNames,
                        List<String> inputNames) {

    public ModelSpec {
        tabularNames = List.copyOf(tabularNames);
        inputNames = List.copyOf(inputNames);
        if (baseline.length != preprocessor.inputSize() || inputNames.size() != baseline.length) {
            throw new IllegalArgumentException("baseline (" + baseline.length + ") and input names ("
                    + inputNames.size() + ") must match the input size " + preprocessor.inputSize());
        }
    }
}
