package ai.talent.sim.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class KrwTests {

    private static Set<String> all(Function<RandomGenerator, String> format) {
        SplittableRandom rng = new SplittableRandom(4);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            seen.add(format.apply(rng));
        }
        return seen;
    }

    @Test
    void writesManAndEokUnits() {
        assertThat(all(rng -> Krw.manWon(50_000, rng))).containsExactly("5만");
        assertThat(all(rng -> Krw.manWon(45_000, rng))).containsExactlyInAnyOrder("4.5만", "4만 5천");
        assertThat(all(rng -> Krw.manWon(15_000_000, rng))).containsExactly("1,500만");
        assertThat(all(rng -> Krw.manWon(120_000_000, rng))).containsExactlyInAnyOrder("1억 2,000만", "1.2억");
        assertThat(all(rng -> Krw.manWon(300_000_000, rng))).containsExactly("3억");
        assertThat(all(rng -> Krw.manWon(45_300, rng))).containsExactly("45,300");
    }

    @Test
    void abbreviatesThousandsAndMillions() {
        assertThat(Krw.abbreviated(50_000)).isEqualTo("50k");
        assertThat(Krw.abbreviated(5_000_000)).isEqualTo("5M");
        assertThat(Krw.abbreviated(2_500_000)).isEqualTo("2.5M");
        assertThat(Krw.abbreviated(45_300)).isEqualTo("45,300");
    }

    @Test
    void hourlyRatesComeInTheUsualKoreanAndEnglishForms() {
        assertThat(all(rng -> Krw.hourlyKo(50_000, rng))).contains("시급 5만원", "50,000원/시간", "₩50,000/hr",
                "시간당 5만 원");
        assertThat(all(rng -> Krw.hourlyEn(50_000, rng))).contains("₩50,000/hr", "50k KRW/hr", "KRW 50,000 per hour")
                .noneMatch(Naming::hasHangul);
    }
}
