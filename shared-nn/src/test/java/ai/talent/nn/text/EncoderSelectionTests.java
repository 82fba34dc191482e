package ai.talent.nn.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talent.nn.bilingual.SeedStudent;
import ai.talent.nn.registry.ModelRegistry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite's one encoder choice: an empty registry (a fresh clone) falls back to the teacher and says so; a
 * registry holding a published bilingual student gives it to {@code auto}, which then reads Hangul and keeps the
 * teacher's English vectors; the order of {@code auto} is the documented one.
 */
class EncoderSelectionTests {

    static final List<String> ENGLISH = List.of("Senior backend developer, Java and Spring, five years",
            "We need a logo for our coffee shop.");

    @TempDir
    static Path dir;
    static Path registry;
    static String version;

    @BeforeAll
    static void publishSeedStudent() throws Exception {
        registry = dir.resolve("registry");
        version = SeedStudent.publishGrownStudent(registry, EncoderSource.BILINGUAL);
    }

    @Test
    void anEmptyRegistryFallsBackToTheTeacherAndSaysSo() {
        Path empty = dir.resolve("no-registry");
        EncoderSelection auto = EncoderSelection.resolve(EncoderChoice.AUTO, empty);
        assertThat(auto.isTeacher()).isTrue();
        assertThat(auto.readsHangul()).isFalse();
        assertThat(auto.id()).isEqualTo("all-MiniLM-L6-v2");
        assertThat(auto.description()).isEqualTo("all-MiniLM-L6-v2 (fallback: encoder-domain-bilingual, "
                + "encoder-bilingual, encoder-domain not in " + empty + ")");
        EncoderSelection bilingual = EncoderSelection.resolve(EncoderChoice.parse("bilingual"), empty);
        assertThat(bilingual.isTeacher()).isTrue();
        assertThat(bilingual.description()).isEqualTo("all-MiniLM-L6-v2 (fallback: encoder-bilingual not in "
                + empty + ")");
        assertThat(EncoderSelection.resolve(EncoderChoice.TEACHER, registry).description())
                .isEqualTo("all-MiniLM-L6-v2 (pretrained, English)");
    }

    @Test
    void autoLoadsThePublishedStudentWhichReadsHangulAndKeepsEnglishVectors() throws Exception {
        EncoderSelection auto = EncoderSelection.resolve(EncoderChoice.AUTO, registry);
        assertThat(auto.resolved()).isEqualTo(EncoderChoice.BILINGUAL);
        assertThat(auto.id()).isEqualTo("encoder-bilingual " + version);
        assertThat(auto.description()).isEqualTo("encoder-bilingual " + version + " (auto)");
        assertThat(auto.readsHangul()).isTrue();
        TextEncoderConfig config = TextEncoderConfig.defaults().withCacheSize(0).withMaxLength(64);
        try (ChosenEncoder student = auto.open(config); TextEncoder teacher = TextEncoder.miniLm(config)) {
            float[][] a = teacher.embed(ENGLISH);
            float[][] b = student.embed(ENGLISH);
            for (int i = 0; i < a.length; i++) {
                for (int d = 0; d < a[i].length; d++) {
                    assertThat(b[i][d]).as("%s, dimension %d", ENGLISH.get(i), d).isCloseTo(a[i][d],
                            org.assertj.core.data.Offset.offset(1e-5f));
                }
            }
            try (TextTokenizer tokenizer = auto.tokenizer(64)) {
                assertThat(tokenizer.tokens("서울 리액트 개발자")).contains("서", "개발자").doesNotContain("[UNK]");
            }
        }
    }

    @Test
    void autoPrefersTheDomainTunedBilingualEncoderThenBilingualThenDomain() throws Exception {
        Path both = dir.resolve("both");
        List<String> versions = SeedStudent.publishGrownStudent(both, List.of(EncoderSource.DOMAIN,
                EncoderSource.DOMAIN_BILINGUAL), false);
        ModelRegistry registry = new ModelRegistry(both);
        assertThat(EncoderSelection.resolve(EncoderChoice.AUTO, both).isTeacher()).as("published, not promoted").isTrue();
        registry.promote(EncoderSource.DOMAIN, versions.get(0));
        assertThat(EncoderSelection.resolve(EncoderChoice.AUTO, both).resolved()).isEqualTo(EncoderChoice.DOMAIN);
        registry.promote(EncoderSource.DOMAIN_BILINGUAL, versions.get(1));
        String v = versions.get(1);
        EncoderSelection auto = EncoderSelection.resolve(EncoderChoice.AUTO, both);
        assertThat(auto.resolved()).isEqualTo(EncoderChoice.DOMAIN_BILINGUAL);
        assertThat(auto.id()).isEqualTo("encoder-domain-bilingual " + v);
        assertThat(EncoderSelection.resolve(EncoderChoice.DOMAIN, both).id()).startsWith("encoder-domain v");
        assertThat(EncoderChoice.AUTO_ORDER).containsExactly(EncoderChoice.DOMAIN_BILINGUAL, EncoderChoice.BILINGUAL,
                EncoderChoice.DOMAIN);
    }

    @Test
    void anIdNamesExactlyOneEncoderAndAMissingOneIsRefused() {
        ModelRegistry r = new ModelRegistry(registry);
        EncoderSelection student = EncoderSelection.named("encoder-bilingual " + version, r);
        assertThat(student.id()).isEqualTo("encoder-bilingual " + version);
        assertThat(student.resolved()).isEqualTo(EncoderChoice.BILINGUAL);
        assertThat(student.readsHangul()).isTrue();
        assertThat(student.weights()).isEqualTo(EncoderSelection.resolve(EncoderChoice.BILINGUAL, r).weights());
        EncoderSelection teacher = EncoderSelection.named("all-MiniLM-L6-v2", r);
        assertThat(teacher.isTeacher()).isTrue();
        assertThat(EncoderSelection.named("all-MiniLM-L6-v2", null).isTeacher()).isTrue();
        assertThatThrownBy(() -> EncoderSelection.named("encoder-bilingual v999", r))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("encoder-bilingual v999 is not in the model registry " + registry)
                .hasMessageContaining("./talent train encoder-bilingual");
        assertThatThrownBy(() -> EncoderSelection.named("encoder-domain " + version, r))
                .as("another model's version").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> EncoderSelection.named("MiniLM", r)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("names no encoder");
    }

    @Test
    void anUnknownChoiceNamesTheValidOnes() {
        assertThatThrownBy(() -> EncoderChoice.parse("korean")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("teacher | bilingual | domain | domain-bilingual | auto");
    }

    @Test
    void theTeachersVocabularyHasNoKoreanUnits() throws Exception {
        try (TextTokenizer teacher = EncoderSelection.resolve(EncoderChoice.TEACHER, dir).tokenizer(64)) {
            // MiniLM's normaliser decomposes Hangul into jamo pieces or [UNK]: no syllable survives as a unit
            assertThat(EncoderSelection.readsHangul(teacher)).isFalse();
            assertThat(teacher.hangulUnitShare("서울 리액트 개발자")).isZero();
            assertThat(teacher.knownShare("서울에서 꽤 괜찮네요")).isLessThan(1.0);
            assertThat(teacher.knownShare("React developer in Seoul")).isEqualTo(1.0);
        }
    }
}
