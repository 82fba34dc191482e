package ai.talent.sim.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TyposTests {

    private static final String SENTENCE =
            "I build reliable backend services with Kotlin and Spring Boot for 7 years in Seoul. "
                    + "백엔드 개발자로 결제 시스템을 안정적으로 운영한 경험이 있습니다 시급 5만원 ";

    @Test
    void slipsAreRareAndSpareProtectedTermsAndNumbers() {
        String text = SENTENCE.repeat(500);
        String typed = Typos.apply(text, 0.015, List.of("Kotlin", "Spring Boot", "Seoul"), new SplittableRandom(3));
        String[] original = text.split(" ");
        assertThat(typed).isNotEqualTo(text);
        assertThat(typed.split("Kotlin", -1)).hasSize(501);
        assertThat(typed.split("Spring Boot", -1)).hasSize(501);
        assertThat(typed.split("Seoul", -1)).hasSize(501);
        assertThat(typed.split("5만원", -1)).hasSize(501);
        assertThat(typed.split(" 7 ", -1)).hasSize(501);
        double changedShare = wordDifferences(text, typed) / (double) original.length;
        assertThat(changedShare).isBetween(0.003, 0.03);
    }

    @Test
    void koreanSlipCanMissAFinalConsonant() {
        assertThat(Typos.dropFinalConsonant("경험", 1)).isEqualTo("경허");
        assertThat(Typos.dropFinalConsonant("서울", 0)).isEqualTo("서울");
    }

    @Test
    void zeroRateLeavesTextAlone() {
        assertThat(Typos.apply(SENTENCE, 0, List.of(), new SplittableRandom(1))).isEqualTo(SENTENCE);
    }

    /** Words of the original that no longer appear at their place (a dropped space shifts nothing else). */
    private static int wordDifferences(String original, String typed) {
        String[] a = original.split(" ");
        String[] b = typed.split(" ");
        int differences = 0;
        int j = 0;
        for (int i = 0; i < a.length && j < b.length; i++, j++) {
            if (!a[i].equals(b[j])) {
                differences++;
                if (b[j].endsWith(a[i + 1 < a.length ? i + 1 : i]) && b[j].length() > a[i].length()) {
                    i++; // two words merged by a dropped space
                }
            }
        }
        return differences;
    }
}
