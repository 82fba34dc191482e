package ai.talent.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.matching.train.TestMarkets;
import ai.talent.nn.registry.ModelRegistry;
import ai.talent.nn.text.EncoderChoice;
import ai.talent.nn.text.EncoderSelection;
import ai.talent.nn.text.EncoderSource;
import ai.talent.nn.text.InferenceEngine;
import ai.talent.nn.bilingual.SeedStudent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The towers' base is the suite's encoder choice: MiniLM on an empty registry, the published bilingual student when
 * the registry holds one (its vocabulary reads Korean text), and matching's own fine-tuned encoder still wins when
 * promoted. Real published files (grown from MiniLM), no training.
 */
class TowerBaseTests {

    /** Students grown here load straight from their files on PyTorch (ONNX Runtime would export them first). */
    static final EncoderSettings PYTORCH = TestMarkets.settings().withEngine(InferenceEngine.PYTORCH);

    @TempDir
    Path dir;

    @Test
    void anEmptyRegistryGivesTheTowersMiniLm() throws Exception {
        Path registry = dir.resolve("empty");
        TowerBase base = new TowerBase(EncoderSelection.resolve(EncoderChoice.AUTO, registry));
        assertThat(base.isMiniLm()).isTrue();
        try (ChunkedEncoder towers = MatchEncoders.load("auto", base, new ModelRegistry(registry),
                PYTORCH)) {
            assertThat(towers.fingerprint()).isEqualTo("all-MiniLM-L6-v2/chunks-128");
        }
    }

    @Test
    void theChosenEncoderIsTheBaseAndMatchingsFineTunedEncoderStillWins() throws Exception {
        Path root = dir.resolve("registry");
        List<String> versions = SeedStudent.publishGrownStudent(root, List.of(EncoderSource.BILINGUAL,
                MatchEncoders.MODEL), false);
        String student = versions.get(0);
        ModelRegistry registry = new ModelRegistry(root);
        registry.promote(EncoderSource.BILINGUAL, student);
        TowerBase base = new TowerBase(EncoderSelection.resolve(EncoderChoice.AUTO, root));
        assertThat(base.name()).isEqualTo("encoder-bilingual " + student);
        try (ChunkedEncoder towers = MatchEncoders.load("auto", base, registry, PYTORCH)) {
            assertThat(towers.fingerprint()).isEqualTo("encoder-bilingual " + student + "/chunks-128");
            String korean = "서울에서 리액트 개발자를 찾고 있습니다.";
            assertThat(towers.tokens(korean)).as("Korean units, not one jamo piece per letter")
                    .isLessThan(TestMarkets.pretrained().tokens(korean) / 2);
            float[][] english = towers.embed(List.of("Senior Java backend engineer for payment services"));
            float[][] teacher = TestMarkets.pretrained().embed(List.of("Senior Java backend engineer for payment services"));
            assertThat(Vectors.dot(english[0], teacher[0])).as("the student keeps MiniLM's English vectors")
                    .isGreaterThan(0.9999);
        }
        String tuned = versions.get(1);
        registry.promote(MatchEncoders.MODEL, tuned);
        try (ChunkedEncoder towers = MatchEncoders.load("auto", base, registry, PYTORCH)) {
            assertThat(towers.fingerprint()).isEqualTo(MatchEncoders.MODEL + " " + tuned + "/chunks-128");
        }
        try (ChunkedEncoder towers = MatchEncoders.load("base", base, registry, PYTORCH)) {
            assertThat(towers.name()).isEqualTo("encoder-bilingual " + student);
        }
    }
}
