package ai.talent.success.model;

import ai.talent.nn.text.EncoderSelection;
import java.util.Collections;
import java.util.List;

/**
 * Everything about a trained ensemble except its weights, stored as JSON beside them: the member shape, how
 * many members, the preprocessing, the temperature and offset of the calibration ({@code sigmoid(z / T +
 * offset)}; a spec written before the offset existed reads as offset 0, what it served), the attribution
 * baseline (training mean input), the names of the tabular and input columns, and the encoder that embedded the
 * text columns ({@code EncoderSelection.id()}: a spec written before it was recorded reads as the pretrained
 * MiniLM, the only encoder those were trained with): the model is served with that encoder and no other.
 * {@code memberHyperparameters} gives each member its own configuration (an ensemble selected from several tuned
 * configurations); a spec written before it existed, or given none, has every member in {@code hyperparameters}.
 */
public record ModelSpec(String task, MlpHyperparameters hyperparameters, int members, Preprocessor preprocessor,
                        double temperature, double offset, float[] baseline, List<String> tabularNames,
                        List<String> inputNames, String encoder, List<MlpHyperparameters> memberHyperparameters) {

    public ModelSpec {
        if (encoder == null || encoder.isBlank()) {
            encoder = EncoderSelection.TEACHER_NAME;
        }
        memberHyperparameters = memberHyperparameters == null || memberHyperparameters.isEmpty()
                ? Collections.nCopies(members, hyperparameters) : List.copyOf(memberHyperparameters);
        if (memberHyperparameters.size() != members) {
            throw new IllegalArgumentException(memberHyperparameters.size() + " member configurations for " + members
                    + " members");
        }
        tabularNames = List.copyOf(tabularNames);
        inputNames = List.copyOf(inputNames);
        if (baseline.length != preprocessor.inputSize() || inputNames.size() != baseline.length) {
            throw new IllegalArgumentException("baseline (" + baseline.length + ") and input names ("
                    + inputNames.size() + ") must match the input size " + preprocessor.inputSize());
        }
    }

    /** Every member in one configuration. */
    public ModelSpec(String task, MlpHyperparameters hyperparameters, int members, Preprocessor preprocessor,
                     double temperature, double offset, float[] baseline, List<String> tabularNames,
                     List<String> inputNames, String encoder) {
        this(task, hyperparameters, members, preprocessor, temperature, offset, baseline, tabularNames, inputNames,
                encoder, null);
    }
}
