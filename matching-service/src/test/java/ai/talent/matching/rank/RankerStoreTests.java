package ai.talent.matching.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talent.nn.registry.ModelArtifact;
import ai.talent.nn.registry.ModelConfig;
import ai.talent.nn.registry.ModelRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankerStoreTests {

    /** The columns of the rankers published before the text-read columns (a real earlier feature set). */
    private static final List<String> BEFORE_TEXT_COLUMNS = List.of("TEXT_SIMILARITY", "SKILL_COVERAGE",
            "REQUIRED_HELD", "NICE_TO_HAVE", "SKILL_YEARS", "LEVEL_SURPLUS", "RATE_RATIO", "RATE_OVER_BUDGET", "RATING",
            "RATING_RELIABILITY", "EXPERIENCE", "PLATFORM_SUCCESS", "AVAILABILITY", "ACTIVE_CONTRACTS", "REGION_FIT",
            "LANGUAGE_FIT", "PREDICTED_SUCCESS", "SUCCESS_KNOWN");

    @TempDir
    Path dir;

    @Test
    void aPromotedRankerOfAnotherFeatureSetIsRefusedNamingTheColumnsThatDiffer() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir.resolve("registry"));
        int n = BEFORE_TEXT_COLUMNS.size();
        RankerSpec old = new RankerSpec(BEFORE_TEXT_COLUMNS, new float[n], new float[n], List.of(8), 0f, "listnet");
        Path spec = dir.resolve(RankerStore.SPEC);
        new ObjectMapper().writeValue(spec.toFile(), old);
        Path params = Files.write(dir.resolve(RankerStore.PARAMETERS), new byte[16]);
        String version = registry.publish(RankerStore.MODEL, new ModelArtifact(
                Map.of(RankerStore.PARAMETERS, params, RankerStore.SPEC, spec),
                new ModelConfig(RankerStore.MODEL_TYPE, new long[] {-1, n}, new long[] {1}, Map.of()),
                Map.of(), "an earlier feature set"));
        registry.promote(RankerStore.MODEL, version);

        assertThatThrownBy(() -> new RankerStore(registry).loadCurrent())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("trained on 18 feature columns and this build computes " + MatchFeature.count())
                .hasMessageContaining("ROLE_MATCH")
                .hasMessageContaining("unknown []")
                .hasMessageContaining("./talent train matching-ranker");
    }

    @Test
    void theSameColumnsInAnotherOrderAreRefusedToo() {
        List<String> shuffled = new java.util.ArrayList<>(MatchFeature.names());
        java.util.Collections.swap(shuffled, 0, 1);
        assertThatThrownBy(() -> RankerStore.requireServingColumns("v7", shuffled))
                .hasMessageContaining("missing [], unknown [], other order");
        RankerStore.requireServingColumns("v8", MatchFeature.names());
        assertThat(MatchFeature.names()).hasSize(MatchFeature.count());
    }
}
