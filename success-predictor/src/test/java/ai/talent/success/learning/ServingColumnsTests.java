package ai.talent.success.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talent.success.feature.Feature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServingColumnsTests {

    private static final List<String> SERVING = Arrays.stream(Feature.values()).map(Feature::wireName).toList();

    @Test
    void aVersionTrainedOnTheServiceColumnsIsServable() {
        SuccessModels.requireServingColumns("v1", SERVING);
    }

    @Test
    void aVersionFromAnOlderFeatureSetIsRefusedNamingWhatDiffers() {
        List<String> older = new ArrayList<>(SERVING.subList(0, 27));
        older.add("retired_column");
        assertThatThrownBy(() -> SuccessModels.requireServingColumns("v7", older))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("version v7 was trained on 28 feature columns")
                .hasMessageContaining("computes " + SERVING.size())
                .hasMessageContaining(SERVING.get(27))
                .hasMessageContaining("retired_column");
    }

    @Test
    void theSameColumnsInAnotherOrderAreRefused() {
        List<String> shuffled = new ArrayList<>(SERVING);
        Collections.swap(shuffled, 0, 1);
        assertThat(shuffled).isNotEqualTo(SERVING);
        assertThatThrownBy(() -> SuccessModels.requireServingColumns("v2", shuffled))
                .hasMessageContaining("other order");
    }
}
