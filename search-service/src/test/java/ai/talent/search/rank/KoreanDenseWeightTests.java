package ai.talent.search.rank;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.nn.text.EncoderChoice;
import ai.talent.nn.text.EncoderSelection;
import ai.talent.nn.text.EncoderSource;
import ai.talent.nn.bilingual.SeedStudent;
import ai.talent.search.encode.DenseEncoder;
import ai.talent.search.query.QueryShape;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dense leg's weight for Korean queries follows the encoder's Hangul ability: MiniLM (no Korean units) keeps the
 * lowered Korean weight; a bilingual student published into a registry (grown from MiniLM, real files) gets the
 * English weight back, unless the setting says otherwise. English queries never change.
 */
class KoreanDenseWeightTests {

    static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();
    /** Korean dense weights lowered for an encoder without Korean units; English ones at full weight. */
    static final FusionWeights WEIGHTS = new FusionWeights(60, Map.of("ko.short", new double[] {1, 0.2, 1},
            "ko.long", new double[] {1, 0.3, 1}, "mixed.short", new double[] {1, 0.5, 1},
            "en.short", new double[] {1, 1.5, 1}, "en.long", new double[] {1, 1.2, 1}), new double[] {1, 1, 1});
    static final QueryShape KO_SHORT = QueryShape.of("서울 리액트 개발자");
    static final QueryShape KO_LONG = QueryShape.of("서울에서 리액트와 타입스크립트로 쇼핑몰을 만들 개발자를 찾습니다");
    static final QueryShape MIXED_SHORT = QueryShape.of("서울 React 개발자");
    static final QueryShape EN_SHORT = QueryShape.of("React developer Seoul");

    static DenseEncoder teacher;
    static DenseEncoder student;

    @BeforeAll
    static void encoders(@TempDir Path dir) throws Exception {
        SeedStudent.publishGrownStudent(dir, EncoderSource.BILINGUAL);
        teacher = DenseEncoder.of(EncoderSelection.resolve(EncoderChoice.AUTO, dir.resolve("empty")), TAXONOMY, 64, 0);
        student = DenseEncoder.of(EncoderSelection.resolve(EncoderChoice.AUTO, dir), TAXONOMY, 64, 0);
    }

    @AfterAll
    static void close() throws Exception {
        teacher.close();
        student.close();
    }

    static HybridSearcher searcher(DenseEncoder encoder, boolean koreanDenseAsEnglish) {
        return new HybridSearcher(() -> null, encoder, () -> null, TAXONOMY, WEIGHTS, FitFactors.defaults(),
                new HybridSearcher.Settings(150, 20, koreanDenseAsEnglish));
    }

    @Test
    void withoutKoreanUnitsKoreanQueriesKeepTheLoweredDenseWeight() {
        assertThat(teacher.readsHangul()).isFalse();
        assertThat(teacher.name()).isEqualTo("all-MiniLM-L6-v2");
        HybridSearcher s = searcher(teacher, true);
        assertThat(s.weightsFor(KO_SHORT)).containsExactly(1, 0.2, 1);
        assertThat(s.weightsFor(KO_LONG)).containsExactly(1, 0.3, 1);
        assertThat(s.weightsFor(MIXED_SHORT)).containsExactly(1, 0.5, 1);
        assertThat(s.weightsFor(EN_SHORT)).containsExactly(1, 1.5, 1);
    }

    @Test
    void anEncoderThatReadsHangulRestoresTheEnglishDenseWeightForKoreanQueries() {
        assertThat(student.readsHangul()).isTrue();
        assertThat(student.name()).startsWith("encoder-bilingual v");
        assertThat(student.fingerprint()).isEqualTo(student.name() + "/chunks-64");
        HybridSearcher s = searcher(student, true);
        assertThat(s.weightsFor(KO_SHORT)).containsExactly(1, 1.5, 1);
        assertThat(s.weightsFor(KO_LONG)).containsExactly(1, 1.2, 1);
        assertThat(s.weightsFor(MIXED_SHORT)).containsExactly(1, 1.5, 1);
        assertThat(s.weightsFor(EN_SHORT)).containsExactly(1, 1.5, 1);
        assertThat(student.readability("서울에서 꽤 괜찮은 개발자")).isEqualTo(1.0);
    }

    @Test
    void theRestoringCanBeTurnedOff() {
        HybridSearcher s = searcher(student, false);
        assertThat(s.weightsFor(KO_SHORT)).containsExactly(1, 0.2, 1);
        assertThat(s.weightsFor(KO_LONG)).containsExactly(1, 0.3, 1);
    }
}
